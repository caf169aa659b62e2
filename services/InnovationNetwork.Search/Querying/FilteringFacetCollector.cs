using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// One pass over every hit of the unfiltered query: applies the label and region filters from doc values,
/// passes the hits that survive both to the top-N collector, counts them, and counts facets drill-sideways
/// (label counts under the region filter only, ITL1 counts under the label filter only). Doing it in one
/// pass costs a doc-values lookup per hit and saves a second search per facet.
/// </summary>
internal sealed class FilteringFacetCollector(
    ICollector? top,
    IReadOnlySet<string>? labelFilter,
    IReadOnlySet<string>? regionFilter,
    RegionHierarchy? facetRegions) : ICollector
{
    private readonly Dictionary<string, int> _labelCounts = new(StringComparer.Ordinal);
    private readonly List<string> _itl1Ids = [];
    private readonly Dictionary<string, int> _itl1Index = new(StringComparer.Ordinal);
    private readonly List<int> _itl1Counts = [];
    private readonly List<int> _itl1LastDoc = [];
    private readonly BytesRef _scratch = new();

    private SortedDocValues? _types;
    private bool[] _typeAllowed = [];
    private int[] _segmentLabelCounts = [];
    private string[] _segmentLabels = [];
    private SortedSetDocValues? _regions;
    private bool[] _regionAllowed = [];
    private int[][] _regionItl1 = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => top?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegmentLabelCounts();
        _docBase = context.DocBase;
        var reader = context.AtomicReader;
        _types = reader.GetSortedDocValues(SearchFields.Type);
        var typeCount = _types?.ValueCount ?? 0;
        _segmentLabels = new string[typeCount];
        _typeAllowed = new bool[typeCount];
        _segmentLabelCounts = new int[typeCount];
        for (var ord = 0; ord < typeCount; ord++)
        {
            _types!.LookupOrd(ord, _scratch);
            _segmentLabels[ord] = _scratch.Utf8ToString();
            _typeAllowed[ord] = labelFilter is null || labelFilter.Contains(_segmentLabels[ord]);
        }

        _regions = reader.GetSortedSetDocValues(SearchFields.Region);
        var regionCount = (int)(_regions?.ValueCount ?? 0);
        _regionAllowed = new bool[regionCount];
        _regionItl1 = new int[regionCount][];
        for (var ord = 0; ord < regionCount; ord++)
        {
            _regions!.LookupOrd(ord, _scratch);
            var region = _scratch.Utf8ToString();
            _regionAllowed[ord] = regionFilter is not null && regionFilter.Contains(region);
            _regionItl1[ord] = facetRegions is null ? [] : facetRegions.Itl1Of(region).Select(Itl1Index).ToArray();
        }

        top?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var typeOrd = _types?.GetOrd(doc) ?? -1;
        var passesLabel = labelFilter is null || (typeOrd >= 0 && _typeAllowed[typeOrd]);
        var passesRegion = regionFilter is null;
        if (_regions is not null && (regionFilter is not null || facetRegions is not null))
        {
            _regions.SetDocument(doc);
            long ord;
            while ((ord = _regions.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                passesRegion |= _regionAllowed[ord];
                if (facetRegions is not null && passesLabel)
                {
                    CountItl1(_regionItl1[ord], _docBase + doc);
                }
            }
        }

        if (facetRegions is not null && passesRegion && typeOrd >= 0)
        {
            _segmentLabelCounts[typeOrd]++;
        }

        if (passesLabel && passesRegion)
        {
            TotalHits++;
            top?.Collect(doc);
        }
    }

    /// <summary>The facet counts, largest first (then by value); null when facets were not asked for.</summary>
    public SearchFacetCounts? Facets()
    {
        if (facetRegions is null)
        {
            return null;
        }

        FlushSegmentLabelCounts();
        var labels = _labelCounts.Select(p => new FacetValueCount(p.Key, p.Value));
        var regions = _itl1Ids.Select((id, i) => new FacetValueCount(id, _itl1Counts[i])).Where(c => c.Count > 0);
        return new SearchFacetCounts(Ordered(labels), Ordered(regions));
    }

    private static List<FacetValueCount> Ordered(IEnumerable<FacetValueCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();

    private void CountItl1(int[] itl1Indexes, int globalDoc)
    {
        foreach (var index in itl1Indexes)
        {
            // A document in two regions of the same ITL1 region counts there once.
            if (_itl1LastDoc[index] != globalDoc)
            {
                _itl1LastDoc[index] = globalDoc;
                _itl1Counts[index]++;
            }
        }
    }

    private int Itl1Index(string itl1)
    {
        if (!_itl1Index.TryGetValue(itl1, out var index))
        {
            index = _itl1Ids.Count;
            _itl1Index[itl1] = index;
            _itl1Ids.Add(itl1);
            _itl1Counts.Add(0);
            _itl1LastDoc.Add(-1);
        }

        return index;
    }

    private void FlushSegmentLabelCounts()
    {
        for (var ord = 0; ord < _segmentLabelCounts.Length; ord++)
        {
            if (_segmentLabelCounts[ord] > 0)
            {
                _labelCounts[_segmentLabels[ord]] = _labelCounts.GetValueOrDefault(_segmentLabels[ord]) + _segmentLabelCounts[ord];
                _segmentLabelCounts[ord] = 0;
            }
        }
    }
}
