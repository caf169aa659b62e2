using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Each segment's label and regions as plain arrays indexed by document, built once per segment core and
/// kept as long as the segment lives. Filtering and counting facets then cost two array reads per hit
/// instead of two doc-values lookups, which dominate searches that match most of a large index. Labels and
/// regions are numbered process-wide, so one numbering serves every segment.
/// </summary>
internal static class FacetColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Segments = [];
    private static readonly ConcurrentDictionary<string, int> LabelNumbers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> RegionNumbers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, string> Labels = new();
    private static readonly ConcurrentDictionary<int, string> Regions = new();

    public static int LabelCount => LabelNumbers.Count;

    public static int RegionCount => RegionNumbers.Count;

    public static string LabelOf(int number) => Labels[number];

    public static string RegionOf(int number) => Regions[number];

    public static int? LabelNumber(string label) => LabelNumbers.TryGetValue(label, out var n) ? n : null;

    public static int? RegionNumber(string region) => RegionNumbers.TryGetValue(region, out var n) ? n : null;

    /// <summary>Builds the columns of every segment of a searcher's reader, so every label and region in it has its number.</summary>
    public static void Prepare(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader);
        }
    }

    public static SegmentColumns For(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private static SegmentColumns Build(AtomicReader reader)
    {
        var scratch = new BytesRef();
        var label = new short[reader.MaxDoc];
        var region = new int[reader.MaxDoc];
        Array.Fill(label, (short)-1);
        Array.Fill(region, -1);
        Dictionary<int, int[]>? moreRegions = null;

        if (reader.GetSortedDocValues(SearchFields.Type) is { } types)
        {
            var numbers = Enumerable.Range(0, types.ValueCount).Select(ord =>
            {
                types.LookupOrd(ord, scratch);
                return (short)Number(LabelNumbers, Labels, scratch.Utf8ToString());
            }).ToArray();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = types.GetOrd(doc);
                label[doc] = ord < 0 ? (short)-1 : numbers[ord];
            }
        }

        if (reader.GetSortedSetDocValues(SearchFields.Region) is { } regions)
        {
            var numbers = new int[regions.ValueCount];
            for (var ord = 0; ord < numbers.Length; ord++)
            {
                regions.LookupOrd(ord, scratch);
                numbers[ord] = Number(RegionNumbers, Regions, scratch.Utf8ToString());
            }

            var extra = new List<int>();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                regions.SetDocument(doc);
                long ord;
                extra.Clear();
                while ((ord = regions.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    extra.Add(numbers[ord]);
                }

                if (extra.Count > 0)
                {
                    region[doc] = extra[0];
                }

                if (extra.Count > 1)
                {
                    (moreRegions ??= [])[doc] = [.. extra];
                }
            }
        }

        return new SegmentColumns(label, region, moreRegions);
    }

    private static int Number(ConcurrentDictionary<string, int> numbers, ConcurrentDictionary<int, string> names, string value)
    {
        lock (numbers)
        {
            if (!numbers.TryGetValue(value, out var number))
            {
                number = numbers.Count;
                names[number] = value;
                numbers[value] = number;
            }

            return number;
        }
    }
}

/// <summary>One segment's columns: label number and first region number per document (-1: none); a few documents have more regions.</summary>
internal sealed record SegmentColumns(short[] Label, int[] Region, Dictionary<int, int[]>? MoreRegions);
