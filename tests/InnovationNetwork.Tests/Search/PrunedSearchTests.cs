using System.Text;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using InnovationNetwork.Search.Querying.Scoring;
using InnovationNetwork.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The page of a search is found without scoring every match (<see cref="PrunedTopHits"/>). It must be the
/// page that scoring every match finds: same hits, same scores to the last bit (<see cref="StableScoring"/>),
/// same next-page flag, under filters and across pages; and it must not depend on whether the total and facets
/// were asked for. Checked on a generated graph, whose small vocabulary gives every word many matches, titles
/// that share description words and many exact ties; a third of its documents are written again after the
/// rebuild, so the index has several segments and deleted documents.
/// </summary>
public sealed class PrunedSearchTests : IAsyncLifetime
{
    private readonly StoreFixture _store = new();
    private LuceneIndex _index = null!;
    private SynonymGroups _synonyms = null!;
    private RegionHierarchy _regions = null!;
    private List<string> _queries = null!;
    private int _documents;

    public async Task InitializeAsync()
    {
        using (var output = new MemoryStream())
        {
            await SyntheticGraphGenerator.WriteAsync(output, new GeneratorOptions(Organisations: 400, Seed: 11));
            var report = await _store.ImportTextAsync(Encoding.UTF8.GetString(output.ToArray()));
            Assert.True(report.Applied, string.Join("; ", report.Errors));
        }

        _index = await IndexBuild.RebuildAsync(_store.Store, new IndexFolders(Path.Combine(_store.DataDirectory, "search")), null, CancellationToken.None);
        var again = new List<SearchDocument>();
        await foreach (var document in IndexRebuilder.ReadDocumentsAsync(_store.Store, CancellationToken.None))
        {
            if (again.Count * 3 < ++_documents)
            {
                again.Add(document);
            }
        }

        _index.Upsert(again);
        _index.Commit(await _store.Store.GetLastSequenceAsync());
        _index.Refresh();
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
            var counted = Run(request, Pruning.InEverySegment);
            var everything = Run(request, Pruning.Off);
            var bare = Run(request with { WithTotal = false, WithFacets = false }, Pruning.InEverySegment);

            Assert.Equal(bare.Hits.Select(Key), counted.Hits.Select(Key));
            Assert.Equal(everything.TotalCount, counted.TotalCount);
            Assert.Equal(everything.Facets!.Labels, counted.Facets!.Labels);
            Assert.Equal(everything.Facets.Itl1Regions, counted.Facets.Itl1Regions);
            Assert.Null(bare.TotalCount);
            var filtered = request with { Labels = ["Firm", "Bottleneck"], RegionIds = ["region:TLD", "region:TLD3", "region:TLE"] };
            Assert.Equal(Run(filtered, Pruning.Off).TotalCount, Run(filtered, Pruning.InEverySegment).TotalCount);
        }
    }

    [Fact]
    public void TheIndex_ShouldHaveSeveralSegmentsAndDeletions()
    {
        _index.Search(searcher =>
        {
            Assert.True(searcher.TopReaderContext.Leaves.Count > 1);
            Assert.Equal(_documents, searcher.IndexReader.NumDocs);
            Assert.True(searcher.IndexReader.HasDeletions);
            return 0;
        });
    }

    [Fact]
    public void AScore_ShouldNotDependOnTheDocumentsTheScorerVisitedBefore()
    {
        _index.Search(searcher =>
        {
            foreach (var text in _queries)
            {
                var weight = searcher.CreateNormalizedWeight(StableQuery(searcher, text));
                foreach (var leaf in searcher.TopReaderContext.Leaves)
                {
                    var walked = Scores(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs));
                    // Every third match, skipping the rest: the scorers reach these documents by Advance, from elsewhere.
                    var skipping = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                    foreach (var (doc, score) in walked.Where((_, i) => i % 3 == 2))
                    {
                        Assert.Equal(doc, skipping!.Advance(doc));
                        Assert.True(score == skipping.GetScore(), $"{text}: document {doc} scored {score:R} walking and {skipping.GetScore():R} skipping");
                    }
                }
            }

            return 0;
        });
    }

    [Fact]
    public void StableScores_ShouldBeLucenesScores_ToFloatRounding()
    {
        _index.Search(searcher =>
        {
            var built = _queries
                .Concat(_queries.SelectMany(q => q.Split(' ')).Where(w => w.Length >= 7).Distinct().Take(10).Select(w => w.Remove(3, 1)))
                .Concat(_queries.Where(q => q.Contains(' ', StringComparison.Ordinal)).Take(10).Select(q => $"\"{q}\" {_queries[0]}"))
                .Select(text => new SearchQueryBuilder(_synonyms, searcher.IndexReader).Build(QueryText.Parse(text, "query")).Strict!);
            var mixes = ClauseMixes();
            var matchedQueries = new List<Query>();
            foreach (var query in built.Concat(mixes))
            {
                var lucene = searcher.Rewrite(query);
                var plain = searcher.CreateNormalizedWeight(lucene);
                var stable = searcher.CreateNormalizedWeight(StableScoring.Of(lucene, searcher.TopReaderContext));
                var matched = 0;
                foreach (var leaf in searcher.TopReaderContext.Leaves)
                {
                    var expected = Scores(plain.GetScorer(leaf, leaf.AtomicReader.LiveDocs));
                    var actual = Scores(stable.GetScorer(leaf, leaf.AtomicReader.LiveDocs));

                    Assert.Equal(expected.Select(e => e.Doc), actual.Select(a => a.Doc));
                    matched += actual.Count;
                    Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-5f * pair.First.Score));
                }

                if (matched > 0)
                {
                    matchedQueries.Add(query);
                }
            }

            // The comparison means something only where documents matched: every hand-made shape, and phrases too.
            Assert.All(mixes, mix => Assert.Contains(mix, matchedQueries));
            Assert.Contains(matchedQueries, q => q.ToString().Contains('"', StringComparison.Ordinal));

            return 0;
        });
    }

    [Fact]
    public void SharedTermStates_ShouldBeTheIndexsOwnCounts_PerSegment()
    {
        _index.Search(searcher =>
        {
            var view = searcher.TopReaderContext;
            var terms = _queries.SelectMany(q => q.ToLowerInvariant().Split(' ')).Distinct()
                .SelectMany(w => new[] { new Term(SearchFields.TextExact, w), new Term(SearchFields.Title, w) }).Append(new Term(SearchFields.Body, "zzqxv"));
            foreach (var term in terms)
            {
                Assert.Same(TermStates.Of(view, term), TermStates.Of(view, term));
                Assert.Equal(searcher.IndexReader.DocFreq(term), TermStates.Of(view, term).DocFreq);
                Assert.All(view.Leaves, leaf => Assert.Equal(leaf.AtomicReader.DocFreq(term), TermStates.DocFreq(view, term, leaf)));
            }

            return 0;
        });
    }

    [Fact]
    public void PrunedPaging_ShouldWalkTheOrderOfOneBigPage()
    {
        foreach (var query in _queries.Take(30))
        {
            var whole = Run(new SearchRequest(query, First: 40) { WithTotal = false, WithFacets = false, WithHighlights = false }, Pruning.InEverySegment).Hits.Select(h => h.Id).ToList();
            var paged = new List<string>();
            string? after = null;
            do
            {
                var page = Run(new SearchRequest(query, First: 7, After: after) { WithTotal = false, WithFacets = false, WithHighlights = false }, Pruning.InEverySegment);
                paged.AddRange(page.Hits.Select(h => h.Id));
                after = page.HasNextPage && paged.Count < whole.Count ? page.Hits[^1].Cursor : null;
            }
            while (after is not null);

            Assert.Equal(whole, paged.Take(whole.Count));
        }
    }

    [Fact]
    public void TheWorkersQueue_ShouldHoldEverySegmentThatMayMatchOnce_TheHighestBoundFirst()
    {
        _index.Search(searcher =>
        {
            var query = StableQuery(searcher, _queries.First(q => q.Contains(' ', StringComparison.Ordinal)));
            var bound = new ScoreBound(searcher, (BM25Similarity)searcher.Similarity);
            var queued = PrunedTopHits.For(searcher, query, Pruning.InEverySegment)!.Segments();
            var mayMatch = searcher.TopReaderContext.Leaves.Where(leaf => bound.Of(query, new HashSet<Term>(), leaf.AtomicReader) is not null).Select(leaf => leaf.Ord);

            Assert.True(queued.Count > 1);
            Assert.Equal(mayMatch.Order(), queued.Select(s => s.Leaf.Ord).Order());
            var bounds = queued.Select(s => bound.Of(query, new HashSet<Term>(), s.Reader)!.Value).ToList();
            Assert.Equal(bounds.OrderDescending(), bounds);
            return 0;
        });
    }

    [Fact]
    public async Task PrunedSearchesAtTheSameTime_ShouldEachFindThePageOfScoringEveryMatch()
    {
        // As a busy service runs them: several searches at once, each with two workers of its own.
        var requests = _queries.Take(40).Select(q => new SearchRequest(q, First: 6) { WithTotal = false, WithFacets = false, WithHighlights = false }).ToList();
        var expected = requests.Select(r => Run(r, Pruning.Off).Hits.Select(Key).ToList()).ToList();

        var found = await Task.WhenAll(Enumerable.Range(0, 4).Select(round => Task.Run(() =>
            requests.Select((r, i) => requests[(i + (round * 10)) % requests.Count]).Select(r => Run(r, Pruning.InEverySegment).Hits.Select(Key).ToList()).ToList())));

        for (var round = 0; round < found.Length; round++)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                Assert.Equal(expected[(i + (round * 10)) % requests.Count], found[round][i]);
            }
        }
    }

    [Fact]
    public void APrunedSearch_ShouldStillFallBackToFewerWords_WhenNothingHasThemAll()
    {
        var mixed = $"{_queries[0].Split(' ')[0]} zzqxv";

        var pruned = Run(new SearchRequest(mixed) { WithTotal = false, WithFacets = false }, Pruning.InEverySegment);

        Assert.NotEmpty(pruned.Hits);
        Assert.Equal(Run(new SearchRequest(mixed), Pruning.Off).Hits.Select(h => h.Id), pruned.Hits.Select(h => h.Id));
    }

    [Fact]
    public void ScoreBounds_ShouldNeverFallBelowARealScore_InAnySegmentOrWithoutOne()
    {
        _index.Search(searcher =>
        {
            foreach (var text in _queries)
            {
                var query = StableQuery(searcher, text);
                var weight = searcher.CreateNormalizedWeight(query);
                var bounds = new ScoreBound(searcher, (BM25Similarity)searcher.Similarity);
                foreach (var leaf in searcher.TopReaderContext.Leaves)
                {
                    var highest = Scores(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)).Select(s => (float?)s.Score).Max();
                    var anywhere = bounds.Of(query, new HashSet<Term>(), null);
                    var here = bounds.Of(query, new HashSet<Term>(), leaf.AtomicReader);

                    Assert.True(highest is null || here >= highest, $"{text}: bound {here} below score {highest} in segment {leaf.Ord}");
                    Assert.True(highest is null || anywhere >= here, $"{text}: the segment's bound {here} is above the general one {anywhere}");
                }
            }

            return 0;
        });
    }

    [Fact]
    public void BlockBounds_ShouldNeverFallBelowTheScoreOfADocumentInTheBlock_AndOftenBeTighterThanTheSegments()
    {
        const int Shift = 5;
        _index.Search(searcher =>
        {
            var (blocks, tighter) = (0, 0);
            foreach (var query in _queries.Select(text => StableQuery(searcher, text)).Concat(ClauseMixes()))
            {
                var weight = searcher.CreateNormalizedWeight(query);
                var bounds = new ScoreBound(searcher, (BM25Similarity)searcher.Similarity);
                foreach (var leaf in searcher.TopReaderContext.Leaves)
                {
                    var perBlock = bounds.OfBlocks(query, new HashSet<Term>(), leaf, Shift);
                    var here = bounds.Of(query, new HashSet<Term>(), leaf.AtomicReader);
                    foreach (var (doc, score) in Scores(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)))
                    {
                        Assert.True(perBlock[doc >> Shift] >= score, $"{query}: block bound {perBlock[doc >> Shift]} below score {score} of document {doc} in segment {leaf.Ord}");
                    }

                    blocks += perBlock.Length;
                    tighter += perBlock.Count(b => b < here * 0.9);
                }
            }

            // Without blocks bounded well below their segment, a pruned search would gain nothing from them.
            Assert.True(tighter * 4 > blocks, $"only {tighter} of {blocks} blocks bounded 10% below their segment");
            return 0;
        });
    }

    /// <summary>Boolean shapes the query builder does not make: exclusions, required clauses with an optional minimum, coordination.</summary>
    private List<Query> ClauseMixes()
    {
        // Led by the words of one description, so each shape has documents to match.
        var words = _queries.OrderByDescending(q => q.Split(' ').Length).SelectMany(q => q.ToLowerInvariant().Split(' ')).Distinct().Take(6).ToArray();
        Query Word(int i) => new TermQuery(new Term(SearchFields.TextExact, words[i]));
        var excluding = new BooleanQuery { { Word(0), Occur.SHOULD }, { Word(1), Occur.SHOULD }, { Word(2), Occur.MUST_NOT } };
        var requiredAndTwoOf = new BooleanQuery { { Word(0), Occur.MUST }, { Word(1), Occur.SHOULD }, { Word(2), Occur.SHOULD }, { Word(3), Occur.SHOULD } };
        requiredAndTwoOf.MinimumNumberShouldMatch = 2;
        var threeOfFive = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 3 };
        foreach (var i in Enumerable.Range(0, 5))
        {
            threeOfFive.Add(Word(i), Occur.SHOULD);
        }

        return [excluding, requiredAndTwoOf, threeOfFive];
    }

    private Query StableQuery(IndexSearcher searcher, string text) =>
        StableScoring.Of(searcher.Rewrite(new SearchQueryBuilder(_synonyms, searcher.IndexReader).Build(QueryText.Parse(text, "query")).Strict!), searcher.TopReaderContext);

    private static List<(int Doc, float Score)> Scores(Scorer? scorer)
    {
        var scores = new List<(int, float)>();
        while (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            scores.Add((scorer.DocID, scorer.GetScore()));
        }

        return scores;
    }

    private SearchResults Run(SearchRequest request, Pruning pruning) =>
        _index.Search(searcher => SearchExecutor.Run(searcher, request, _synonyms, _regions, pruning));

    private void AssertSamePage(SearchRequest request)
    {
        var everything = Run(request, Pruning.Off).Hits;
        var pruned = Run(request, Pruning.InEverySegment).Hits;
        var smallInOneGo = Run(request, Pruning.On).Hits;

        Assert.Equal(everything.Select(Key), pruned.Select(Key));
        Assert.Equal(everything.Select(Key), smallInOneGo.Select(Key));
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
