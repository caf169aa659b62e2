using System.Text;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using InnovationNetwork.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The page of a search is found without scoring every match (<see cref="PrunedTopHits"/>). It must be the
/// page that scoring every match finds: same hits, same scores (to float rounding: Lucene sums clause scores
/// in whatever order its scorers hold them), same next-page flag, under filters and across pages; and it must
/// not depend on whether the total and facets were asked for. Checked on a generated graph, whose small
/// vocabulary gives every word many matches and titles that share description words: where pruning cuts in.
/// </summary>
public sealed class PrunedSearchTests : IAsyncLifetime
{
    private readonly StoreFixture _store = new();
    private LuceneIndex _index = null!;
    private SynonymGroups _synonyms = null!;
    private RegionHierarchy _regions = null!;
    private List<string> _queries = null!;

    public async Task InitializeAsync()
    {
        using (var output = new MemoryStream())
        {
            await SyntheticGraphGenerator.WriteAsync(output, new GeneratorOptions(Organisations: 400, Seed: 11));
            var report = await _store.ImportTextAsync(Encoding.UTF8.GetString(output.ToArray()));
            Assert.True(report.Applied, string.Join("; ", report.Errors));
        }

        _index = await IndexBuild.RebuildAsync(_store.Store, new IndexFolders(Path.Combine(_store.DataDirectory, "search")), null, CancellationToken.None);
        _synonyms = await SkillSynonymSource.LoadAsync(_store.Store, CancellationToken.None);
        _regions = await RegionHierarchy.LoadAsync(_store.Store, CancellationToken.None);
        _queries = await QueriesAsync();
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _store.DisposeAsync();
    }

    [Fact]
    public void APrunedPage_ShouldBeThePageOfScoringEveryMatch()
    {
        foreach (var query in _queries)
        {
            foreach (var first in new[] { 1, 5, 20 })
            {
                AssertSamePage(new SearchRequest(query, First: first) { WithTotal = false, WithFacets = false });
            }
        }
    }

    [Fact]
    public void APrunedPage_ShouldBeThePageOfScoringEveryMatch_UnderTypeAndRegionFilters()
    {
        foreach (var query in _queries.Take(40))
        {
            AssertSamePage(new SearchRequest(query, Labels: ["Firm", "Lab"], First: 5) { WithTotal = false, WithFacets = false });
            AssertSamePage(new SearchRequest(query, RegionIds: ["region:TLD", "region:TLD3", "region:TLD7"], First: 5) { WithTotal = false, WithFacets = false });
        }
    }

    [Fact]
    public void ThePage_ShouldNotDependOnAskingForTheTotalAndFacets_WhichCountEveryMatch()
    {
        // Quoted phrases are counted by Lucene's scorers, misspellings (fuzzy terms) from postings like plain words.
        var quoted = _queries.Where(q => q.Contains(' ', StringComparison.Ordinal)).Take(5).Select(q => $"\"{q}\"");
        var misspelt = _queries.Where(q => q.Length > 8).Take(5).Select(q => q.Remove(3, 1));
        foreach (var query in _queries.Take(40).Concat(quoted).Concat(misspelt))
        {
            var request = new SearchRequest(query, First: 8) { WithHighlights = false };
            var counted = Run(request, prune: true);
            var everything = Run(request, prune: false);
            var bare = Run(request with { WithTotal = false, WithFacets = false }, prune: true);

            Assert.Equal(bare.Hits.Select(Key), counted.Hits.Select(Key));
            Assert.Equal(everything.TotalCount, counted.TotalCount);
            Assert.Equal(everything.Facets!.Labels, counted.Facets!.Labels);
            Assert.Equal(everything.Facets.Itl1Regions, counted.Facets.Itl1Regions);
            Assert.Null(bare.TotalCount);
            var filtered = request with { Labels = ["Firm", "Bottleneck"], RegionIds = ["region:TLD", "region:TLD3", "region:TLE"] };
            Assert.Equal(Run(filtered, prune: false).TotalCount, Run(filtered, prune: true).TotalCount);
        }
    }

    [Fact]
    public void PrunedPaging_ShouldWalkTheOrderOfOneBigPage()
    {
        foreach (var query in _queries.Take(30))
        {
            var whole = Run(new SearchRequest(query, First: 40) { WithTotal = false, WithFacets = false, WithHighlights = false }, prune: true).Hits.Select(h => h.Id).ToList();
            var paged = new List<string>();
            string? after = null;
            do
            {
                var page = Run(new SearchRequest(query, First: 7, After: after) { WithTotal = false, WithFacets = false, WithHighlights = false }, prune: true);
                paged.AddRange(page.Hits.Select(h => h.Id));
                after = page.HasNextPage && paged.Count < whole.Count ? page.Hits[^1].Cursor : null;
            }
            while (after is not null);

            Assert.Equal(whole, paged.Take(whole.Count));
        }
    }

    [Fact]
    public void APrunedSearch_ShouldStillFallBackToFewerWords_WhenNothingHasThemAll()
    {
        var mixed = $"{_queries[0].Split(' ')[0]} zzqxv";

        var pruned = Run(new SearchRequest(mixed) { WithTotal = false, WithFacets = false }, prune: true);

        Assert.NotEmpty(pruned.Hits);
        Assert.Equal(Run(new SearchRequest(mixed), prune: false).Hits.Select(h => h.Id), pruned.Hits.Select(h => h.Id));
    }

    [Fact]
    public void ScoreBounds_ShouldNeverFallBelowARealScore_InAnySegmentOrWithoutOne()
    {
        _index.Search(searcher =>
        {
            foreach (var text in _queries)
            {
                var query = searcher.Rewrite(new SearchQueryBuilder(_synonyms, searcher.IndexReader).Build(QueryText.Parse(text, "query")).Strict!);
                var weight = searcher.CreateNormalizedWeight(query);
                var bounds = new ScoreBound(searcher, (BM25Similarity)searcher.Similarity);
                foreach (var leaf in searcher.TopReaderContext.Leaves)
                {
                    var highest = HighestScore(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs));
                    var anywhere = bounds.Of(query, new HashSet<Term>(), null);
                    var here = bounds.Of(query, new HashSet<Term>(), leaf.AtomicReader);

                    Assert.True(highest is null || here >= highest, $"{text}: bound {here} below score {highest} in segment {leaf.Ord}");
                    Assert.True(highest is null || anywhere >= here, $"{text}: the segment's bound {here} is above the general one {anywhere}");
                }
            }

            return 0;
        });
    }

    private static float? HighestScore(Scorer? scorer)
    {
        float? highest = null;
        while (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            highest = Math.Max(highest ?? 0, scorer.GetScore());
        }

        return highest;
    }

    private SearchResults Run(SearchRequest request, bool prune) =>
        _index.Search(searcher => SearchExecutor.Run(searcher, request, _synonyms, _regions, prune));

    private void AssertSamePage(SearchRequest request)
    {
        var everything = Run(request, prune: false).Hits;
        var pruned = Run(request, prune: true).Hits;

        // Lucene sums a document's clause scores in the order its scorers happen to hold them, so the same document
        // can score a last bit apart in the two searches, and hits tied at the page's end may come from just past it.
        var wider = Run(request with { First = request.First + 20 }, prune: false).Hits.ToDictionary(h => h.Id, h => h.Score);
        Assert.Equal(everything.Count, pruned.Count);
        for (var i = 0; i < everything.Count; i++)
        {
            Assert.Equal(everything[i].Score, pruned[i].Score, 1e-5f * everything[i].Score);
            Assert.True(wider.TryGetValue(pruned[i].Id, out var exhaustive), $"{request.Text}: {pruned[i].Id} is not near the page");
            Assert.Equal(everything[i].Score, exhaustive, 1e-5f * everything[i].Score);
        }
    }

    private static (string Id, float Score, string Cursor) Key(SearchHitResult hit) => (hit.Id, hit.Score, hit.Cursor);

    /// <summary>One-, two- and three-word runs from the generated names and descriptions.</summary>
    private async Task<List<string>> QueriesAsync()
    {
        var queries = new List<string>();
        var seen = 0;
        await foreach (var node in _store.Store.ReadAllNodesAsync())
        {
            var text = node.Properties.GetString("description") ?? node.Properties.GetString("name");
            var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.All(char.IsLetter)).ToArray();
            if (words.Length >= 3 && queries.Count < 120 && seen++ % 5 == 0)
            {
                var length = 1 + (queries.Count % 3);
                queries.Add(string.Join(' ', words.Take(length)));
            }
        }

        Assert.True(queries.Count >= 60, $"only {queries.Count} queries");
        return queries;
    }
}
