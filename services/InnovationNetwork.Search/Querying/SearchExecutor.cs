using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Querying.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>Runs one search on one searcher: query, filters, facets, a page of hits after the cursor, highlights.</summary>
public static class SearchExecutor
{
    /// <summary>Score first, then id: a total order, so equal scores page deterministically.</summary>
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(SearchFields.Id, SortFieldType.STRING));

    public static SearchResults Run(IndexSearcher searcher, SearchRequest request, SynonymGroups synonyms, RegionHierarchy regions) =>
        Run(searcher, request, synonyms, regions, Pruning.On);

    /// <summary>The search, with pruning switchable: scoring every match into the page is what the pruned search is tested against.</summary>
    internal static SearchResults Run(IndexSearcher searcher, SearchRequest request, SynonymGroups synonyms, RegionHierarchy regions, Pruning pruning)
    {
        var text = QueryText.Parse(request.Text, "query");
        var fingerprint = SearchCursor.Fingerprint(request.Text, request.Labels, request.RegionIds);
        var after = request.After is null ? null : SearchCursor.Decode(request.After, fingerprint, "after");
        var built = new SearchQueryBuilder(synonyms, searcher.IndexReader).Build(text);
        if (built.IsEmpty)
        {
            return SearchResults.Empty(request.WithFacets);
        }

        var (query, results) = Collect(searcher, built.Strict!, request, regions, after, pruning);
        if (!results.Matched && built.Relaxed is not null)
        {
            (query, results) = Collect(searcher, built.Relaxed, request, regions, after, pruning);
        }

        var page = results.Page?.ScoreDocs ?? [];
        var highlighter = request.WithHighlights && page.Length > 0 ? new HitHighlighter(searcher, query) : null;
        var hits = page.Take(request.First).Select(scoreDoc =>
        {
            var fields = ((FieldDoc)scoreDoc).Fields;
            var id = ((BytesRef)fields[1]).Utf8ToString();
            var score = scoreDoc.Score;
            // The stored fields (a compressed block read per hit) only for snippets: the label has a column.
            var highlights = highlighter?.Highlight(searcher.Doc(scoreDoc.Doc)) ?? [];
            return new SearchHitResult(id, LabelOf(searcher, scoreDoc.Doc), score, SearchCursor.Encode(fingerprint, score, id), highlights);
        }).ToList();
        return new SearchResults(hits, results.TotalHits, page.Length > request.First, results.Facets());
    }

    private static string LabelOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.TopReaderContext.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return FacetColumns.LabelOf(FacetColumns.For(leaf.AtomicReader).Label[doc - leaf.DocBase]);
    }

    private static (Query Query, CollectedHits Hits) Collect(
        IndexSearcher searcher, Query query, SearchRequest request, RegionHierarchy regions, FieldDoc? after, Pruning pruning)
    {
        FacetColumns.Prepare(searcher.IndexReader);
        var labels = request.Labels?.ToHashSet(StringComparer.Ordinal);
        var regionIds = request.RegionIds?.ToHashSet(StringComparer.Ordinal);
        var facetRegions = request.WithFacets ? regions : null;
        // One more than the page, to tell whether there is a next page without counting what came before.
        var pageSize = request.First + 1;
        TopFieldCollector NewPage() => TopFieldCollector.Create(ByRelevance, pageSize, after, true, true, false, true);
        // Rewritten once (fuzzy terms expand here) for the pruned search, the count, the ordinary search and the
        // highlighter; scored so that a hit's score (and so its place and cursor) is the same whatever path reached it.
        var rewritten = StableScoring.Of(searcher.Rewrite(query), searcher.TopReaderContext);
        if (request.First <= 0 || pruning == Pruning.Off || PrunedTopHits.For(searcher, rewritten, pruning) is not { } pruned)
        {
            var top = request.First > 0 ? NewPage() : null;
            var everything = new FilteringFacetCollector(top, labels, regionIds, facetRegions);
            if (top is not null || !PostingsMatches.TryCount(searcher, rewritten, everything))
            {
                searcher.Search(rewritten, everything);
            }

            return (rewritten, new CollectedHits(top?.GetTopDocs(), everything, everything.TotalHits > 0, Counted: true));
        }

        // The total and facets count every match but score none into the page; the page comes from the pruned
        // search either way, so a hit's score (and so its cursor) does not depend on what else was asked for.
        FilteringFacetCollector? counted = null;
        if (request.WithTotal || request.WithFacets)
        {
            counted = new FilteringFacetCollector(null, labels, regionIds, facetRegions);
            if (!PostingsMatches.TryCount(searcher, rewritten, counted))
            {
                searcher.Search(rewritten, counted);
            }

            if (counted.TotalHits == 0)
            {
                return (rewritten, new CollectedHits(null, counted, false, Counted: true));
            }
        }

        // One page collector per worker of the pruned search; the page is the best of theirs.
        var pages = new List<TopFieldCollector>();
        var matched = pruned.Collect(
            () =>
            {
                var page = NewPage();
                pages.Add(page);
                return new FilteringFacetCollector(page, labels, regionIds, null);
            },
            pageSize,
            after?.Score);
        var merged = pages.Count switch
        {
            0 => null,
            1 => pages[0].GetTopDocs(),
            _ => TopDocs.Merge(ByRelevance, pageSize, pages.Select(p => (TopDocs)p.GetTopDocs()).ToArray()),
        };
        return (rewritten, counted is null ? new CollectedHits(merged, null, matched, Counted: false) : new CollectedHits(merged, counted, true, Counted: true));
    }

    /// <summary>The page, and the filters and facets around it when every match was counted.</summary>
    private sealed record CollectedHits(TopDocs? Page, FilteringFacetCollector? Counter, bool Matched, bool Counted)
    {
        public int? TotalHits => Counted ? Counter!.TotalHits : null;

        public SearchFacetCounts? Facets() => Counter?.Facets();
    }
}
