using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// One pass over every hit of the unfiltered query: applies the label and region filters, passes the hits
/// that survive both to the top-N collector, counts them, and counts facets drill-sideways (label counts
/// under the region filter only, ITL1 counts under the label filter only), so no second search is needed
/// per facet. Per hit it reads two plain arrays (<see cref="FacetColumns"/>).
/// </summary>
internal sealed class FilteringFacetCollector : ICollector
{
    private readonly ICollector? _top;
    private readonly bool[]? _labelAllowed;
    private readonly bool[]? _regionAllowed;
    private readonly int[][]? _itl1OfRegion;
    private readonly int[] _labelCounts;
    private readonly int[] _itl1Counts = [];
    private readonly int[] _itl1LastDoc = [];
    private readonly List<string> _itl1Ids = [];
    private SegmentColumns _columns = new([], [], null);
    private int _docBase;

    public FilteringFacetCollector(ICollector? top, IReadOnlySet<string>? labelFilter, IReadOnlySet<string>? regionFilter, RegionHierarchy? facetRegions)
    {
        _top = top;
        // The searcher's segments were numbered before this (FacetColumns.Prepare), so the counts are complete.
        _labelAllowed = labelFilter is null ? null : Allowed(labelFilter, FacetColumns.LabelNumber, FacetColumns.LabelCount);
        _regionAllowed = regionFilter is null ? null : Allowed(regionFilter, FacetColumns.RegionNumber, FacetColumns.RegionCount);
        _labelCounts = new int[FacetColumns.LabelCount + 8];
        if (facetRegions is not null)
        {
            var itl1Index = new Dictionary<string, int>(StringComparer.Ordinal);
            _itl1OfRegion = new int[FacetColumns.RegionCount][];
            for (var region = 0; region < _itl1OfRegion.Length; region++)
            {
                _itl1OfRegion[region] = facetRegions.Itl1Of(FacetColumns.RegionOf(region)).Select(id =>
                {
                    if (!itl1Index.TryGetValue(id, out var index))
                    {
                        itl1Index[id] = index = _itl1Ids.Count;
                        _itl1Ids.Add(id);
                    }

                    return index;
                }).ToArray();
            }

            _itl1Counts = new int[_itl1Ids.Count];
            _itl1LastDoc = Enumerable.Repeat(-1, _itl1Ids.Count).ToArray();
        }
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _top?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _columns = FacetColumns.For(context.AtomicReader);
        _top?.SetNextReader(context);
    }

    public void Collect(int doc) => Offer(doc);

    /// <summary>Counts the hit for the facets and passes it on if it gets through the filters.</summary>
    /// <returns>Whether the hit got through the filters.</returns>
    public bool Offer(int doc)
    {
        if (_labelAllowed is null && _regionAllowed is null && _itl1OfRegion is null)
        {
            // No filters and no facets (the common hits-only search): count and pass on, no per-hit lookups.
            TotalHits++;
            _top?.Collect(doc);
            return true;
        }

        var label = _columns.Label[doc];
        var region = _columns.Region[doc];
        // The extra regions are a dictionary lookup: only looked up when a region filter or facet needs them.
        var more = region >= 0 && (_regionAllowed is not null || _itl1OfRegion is not null) && _columns.MoreRegions is { } extra
            ? extra.GetValueOrDefault(doc)
            : null;
        var passesLabel = _labelAllowed is null || (label >= 0 && label < _labelAllowed.Length && _labelAllowed[label]);
        var passesRegion = _regionAllowed is null || InAllowedRegion(region, more);
        if (_itl1OfRegion is not null)
        {
            if (passesRegion && label >= 0 && label < _labelCounts.Length)
            {
                _labelCounts[label]++;
            }

            if (passesLabel && region >= 0)
            {
                CountItl1(region, _docBase + doc);
                foreach (var other in more ?? [])
                {
                    CountItl1(other, _docBase + doc);
                }
            }
        }

        if (!passesLabel || !passesRegion)
        {
            return false;
        }

        TotalHits++;
        _top?.Collect(doc);
        return true;
    }

    /// <summary>The facet counts, largest first (then by value); null when facets were not asked for.</summary>
    public SearchFacetCounts? Facets()
    {
        if (_itl1OfRegion is null)
        {
            return null;
        }

        var labels = _labelCounts.Select((count, number) => (count, number)).Where(c => c.count > 0)
            .Select(c => new FacetValueCount(FacetColumns.LabelOf(c.number), c.count));
        var regions = _itl1Ids.Select((id, i) => new FacetValueCount(id, _itl1Counts[i])).Where(c => c.Count > 0);
        return new SearchFacetCounts(Ordered(labels), Ordered(regions));
    }

    private bool InAllowedRegion(int region, int[]? more)
    {
        var allowed = _regionAllowed!;
        if (region >= 0 && region < allowed.Length && allowed[region])
        {
            return true;
        }

        return more is not null && more.Any(r => r < allowed.Length && allowed[r]);
    }

    private void CountItl1(int region, int globalDoc)
    {
        if (region >= _itl1OfRegion!.Length)
        {
            return;
        }

        foreach (var index in _itl1OfRegion[region])
        {
            // A document in two regions of the same ITL1 region counts there once.
            if (_itl1LastDoc[index] != globalDoc)
            {
                _itl1LastDoc[index] = globalDoc;
                _itl1Counts[index]++;
            }
        }
    }

    private static bool[] Allowed(IReadOnlySet<string> values, Func<string, int?> number, int count)
    {
        var allowed = new bool[count];
        foreach (var value in values)
        {
            if (number(value) is { } n && n < count)
            {
                allowed[n] = true;
            }
        }

        return allowed;
    }

    private static List<FacetValueCount> Ordered(IEnumerable<FacetValueCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
