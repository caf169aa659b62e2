using InnovationNetwork.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The pruned search scores documents holding two words' leading terms together first, and afterwards bounds
/// the rest as documents lacking one word's leading terms (<see cref="CoOccurringWords"/>,
/// <see cref="UnscoredDocuments"/>). Checked on a one-segment index of short titles and longer bodies.
/// </summary>
public sealed class CoOccurrenceTests : IDisposable
{
    private readonly WhitespaceIndex _index;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public CoOccurrenceTests()
    {
        (string Title, string Body)[] documents =
        [
            ("offshore wind", "turbines at sea"), ("offshore drilling", "wind and waves"), ("wind tunnels", "offshore testing rigs"),
            ("solar farms", "offshore wind supply chains"), ("tidal power", "sea and wind and offshore sites"), ("grid storage", "batteries"),
        ];
        _index = new WhitespaceIndex(documents.Select(d => new Document { new TextField("title", d.Title, Field.Store.NO), new TextField("body", d.Body, Field.Store.NO) }));
        (_reader, _searcher) = (_index.Reader, _index.Searcher);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void TheWordsHeldTogether_ShouldBeFoundDownTheRequiredClauses()
    {
        var allOfTwo = new BooleanQuery { { new BooleanQuery { { Word("offshore"), Occur.MUST }, { Word("wind"), Occur.MUST } }, Occur.MUST }, { Word("sea"), Occur.SHOULD } };
        var twoOfThree = new BooleanQuery { { Word("offshore"), Occur.SHOULD }, { Word("wind"), Occur.SHOULD }, { Word("sea"), Occur.SHOULD } };
        twoOfThree.MinimumNumberShouldMatch = 2;
        var anyOfTwo = new BooleanQuery { { Word("offshore"), Occur.SHOULD }, { Word("wind"), Occur.SHOULD } };
        var phraseAndWords = new BooleanQuery { { new PhraseQuery { new Term("body", "offshore"), new Term("body", "wind") }, Occur.MUST }, { anyOfTwo, Occur.SHOULD } };

        Assert.Single(CoOccurringWords.Of(allOfTwo)!.Pairs(Bounds(), Segment));
        Assert.Equal(3, CoOccurringWords.Of(twoOfThree)!.Pairs(Bounds(), Segment).Count);
        Assert.Null(CoOccurringWords.Of(anyOfTwo));
        Assert.Null(CoOccurringWords.Of(phraseAndWords));
        Assert.Null(CoOccurringWords.Of(Word("offshore")));
    }

    [Fact]
    public void AWordsLeadingTerms_ShouldBeThoseScoringAtLeastHalfItsBest()
    {
        var query = new BooleanQuery { { Word("offshore"), Occur.MUST }, { Word("wind"), Occur.MUST } };

        var (first, second) = CoOccurringWords.Of(query)!.Pairs(Bounds(), Segment).Single();

        // Titles weigh three times the body here: a body match alone scores well under half of a title match.
        Assert.Equal([new Term("title", "offshore")], first);
        Assert.Equal([new Term("title", "wind")], second);
    }

    [Fact]
    public void AfterScoringTwoWordsTogether_TheBound_ShouldBeTheHigherOfLackingEither()
    {
        var query = new BooleanQuery { { Word("offshore"), Occur.MUST }, { Word("wind"), Occur.MUST } };
        var bounds = Bounds();
        Term[] offshore = [new Term("title", "offshore")], wind = [new Term("title", "wind")];
        var unscored = new UnscoredDocuments([]);

        unscored.ScoredEveryDocumentWithBoth(offshore, wind);

        var lackingOffshore = bounds.Of(query, offshore.ToHashSet(), Segment);
        var lackingWind = bounds.Of(query, wind.ToHashSet(), Segment);
        Assert.Equal(2, unscored.Sets);
        Assert.Equal(Math.Max(lackingOffshore!.Value, lackingWind!.Value), unscored.Bound(bounds, query, Segment));
        Assert.True(unscored.Bound(bounds, query, Segment) < bounds.Of(query, new HashSet<Term>(), Segment));
    }

    [Fact]
    public void ASetCoveredByAnother_ShouldBeDropped_AndNoMatchLeftShouldGiveNoBound()
    {
        var query = new BooleanQuery { { Word("offshore"), Occur.MUST }, { Word("wind"), Occur.MUST } };
        Term[] titleOffshore = [new Term("title", "offshore")], titleWind = [new Term("title", "wind")];
        var unscored = new UnscoredDocuments([]);

        unscored.ScoredEveryDocumentWithBoth(titleOffshore, titleWind);
        unscored.ScoredEveryDocumentWithBoth(titleOffshore, [new Term("body", "sea")]);

        // {offshore} covers {offshore, sea} and {wind, offshore}: left are {offshore} and {wind, sea}.
        Assert.Equal(2, unscored.Sets);
        unscored.ScoredEveryDocumentWith(new Term("title", "offshore"));
        Assert.NotNull(unscored.Bound(Bounds(), query, Segment));

        // Every document with the word anywhere is scored: nothing left unscored can match.
        unscored.ScoredEveryDocumentWith(new Term("body", "offshore"));
        Assert.Null(unscored.Bound(Bounds(), query, Segment));
    }

    private AtomicReader Segment => _reader.Leaves.Single().AtomicReader;

    private ScoreBound Bounds() => new(_searcher, (BM25Similarity)_searcher.Similarity);

    /// <summary>A word as the query builder shapes it: the title weighted above the body.</summary>
    private static DisjunctionMaxQuery Word(string word) =>
        new(0.1f) { new TermQuery(new Term("title", word)) { Boost = 3f }, new TermQuery(new Term("body", word)) };
}
