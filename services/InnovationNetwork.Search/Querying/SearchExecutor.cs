using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>Runs one search on one searcher: query, filters, facets, a page of hits after the cursor, highlights.</summary>
public static class SearchExecutor
{
    /// <summary>Score first, then id: a total order, so equal scores page deterministically.</summary>
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(SearchFields.Id, SortFieldType.STRING));

    public static SearchResults Run(IndexSearcher searcher, SearchRequest request, SynonymGroups synonyms, RegionHierarchy regions)
    {
        var text = QueryText.Parse(request.Text, "query");
        var fingerprint = SearchCursor.Fingerprint(request.Text, request.Labels, request.RegionIds);
        var after = request.After is null ? null : SearchCursor.Decode(request.After, fingerprint, "after");
        var built = new SearchQueryBuilder(synonyms, searcher.IndexReader).Build(text);
        if (built.IsEmpty)
        {
            return SearchResults.Empty(request.WithFacets);
        }

        var (query, results) = Collect(searcher, built.Strict!, request, regions, after);
        if (results.TotalHits == 0 && built.Relaxed is not null)
        {
            (query, results) = Collect(searcher, built.Relaxed, request, regions, after);
        }

        var page = results.Top?.GetTopDocs().ScoreDocs ?? [];
        var highlighter = request.WithHighlights && page.Length > 0 ? new HitHighlighter(searcher, query) : null;
        var hits = page.Take(request.First).Select(scoreDoc =>
        {
            var fields = ((FieldDoc)scoreDoc).Fields;
            var stored = searcher.Doc(scoreDoc.Doc);
            var id = ((BytesRef)fields[1]).Utf8ToString();
            var score = scoreDoc.Score;
            return new SearchHitResult(id, stored.Get(SearchFields.Type), score, SearchCursor.Encode(fingerprint, score, id),
                highlighter?.Highlight(stored) ?? []);
        }).ToList();
        return new SearchResults(hits, results.TotalHits, page.Length > request.First, results.Facets());
    }

    private static (Query Query, CollectedHits Hits) Collect(
        IndexSearcher searcher, Query query, SearchRequest request, RegionHierarchy regions, FieldDoc? after)
    {
        // One more than the page, to tell whether there is a next page without counting what came before.
        FacetColumns.Prepare(searcher.IndexReader);
        var top = request.First > 0 ? TopFieldCollector.Create(ByRelevance, request.First + 1, after, true, true, false, true) : null;
        var collector = new FilteringFacetCollector(
            top,
            request.Labels?.ToHashSet(StringComparer.Ordinal),
            request.RegionIds?.ToHashSet(StringComparer.Ordinal),
            request.WithFacets ? regions : null);
        searcher.Search(query, collector);
        return (query, new CollectedHits(top, collector));
    }

    private sealed record CollectedHits(TopFieldCollector? Top, FilteringFacetCollector Collector)
    {
        public int TotalHits => Collector.TotalHits;

        public SearchFacetCounts? Facets() => Collector.Facets();
    }
}
