using InnovationNetwork.Search.Querying;
using InnovationNetwork.Search.Querying.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The term and phrase queries whose scorers take pooled enumerators match the same documents with the same
/// scores as Lucene's own, over texts where the words repeat, interleave, reverse and stand apart, in several
/// segments; and the pool hands a segment's enumerators out again once released.
/// </summary>
public sealed class PooledQueriesTests : IDisposable
{
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "omega"];

    private readonly WhitespaceIndex _index;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PooledQueriesTests()
    {
        var random = new Random(11);
        var texts = Enumerable.Range(0, 300).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 14)).Select(_ => Words[random.Next(Words.Length)])));
        _index = new WhitespaceIndex(texts.Select(t => WhitespaceIndex.Text("text", t)), commitEvery: 100);
        (_reader, _searcher) = (_index.Reader, _index.Searcher);
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(0, "alpha", "beta")]
    [InlineData(1, "alpha", "beta")]
    [InlineData(3, "beta", "alpha")]
    [InlineData(0, "alpha", "beta", "gamma")]
    [InlineData(3, "alpha", "beta", "gamma")]
    [InlineData(3, "gamma", "delta", "alpha")]
    [InlineData(10, "omega", "alpha", "beta", "delta")]
    public void APooledPhrase_ShouldMatchAndScoreAsLucenesPhrase(int slop, params string[] words)
    {
        var phrase = Phrase(slop, words.Select((w, i) => (w, i)).ToArray());

        AssertSameHits(phrase, PooledPhraseQuery.Of(phrase, _searcher.TopReaderContext)!);
    }

    [Fact]
    public void APooledPhraseWithAGap_ShouldMatchAndScoreAsLucenesPhrase()
    {
        // A stop word removed from the phrase leaves its position empty.
        foreach (var slop in new[] { 0, 1, 3 })
        {
            var phrase = Phrase(slop, ("alpha", 0), ("gamma", 2));
            AssertSameHits(phrase, PooledPhraseQuery.Of(phrase, _searcher.TopReaderContext)!);
        }
    }

    [Fact]
    public void APhraseRepeatingAWord_ShouldBeLeftToLucene()
    {
        Assert.Null(PooledPhraseQuery.Of(Phrase(2, ("alpha", 0), ("beta", 1), ("alpha", 2)), _searcher.TopReaderContext));
    }

    [Fact]
    public void APooledTerm_ShouldMatchAndScoreAsLucenesTerm()
    {
        foreach (var word in Words)
        {
            var term = new Term("text", word);
            AssertSameHits(new TermQuery(term), new PooledTermQuery(term, TermStates.Of(_searcher.TopReaderContext, term)));
        }
    }

    [Fact]
    public void WithThePoolActive_ScorersOfASegment_ShouldTakeTheReleasedEnumeratorsAgain_AndScoreTheSame()
    {
        var phrase = Phrase(3, ("alpha", 0), ("beta", 1));
        var weight = _searcher.CreateNormalizedWeight(PooledPhraseQuery.Of(phrase, _searcher.TopReaderContext)!);
        var segment = _reader.Leaves[0];
        var field = segment.AtomicReader.GetTerms("text")!;
        using (PooledPostings.Activate())
        {
            var first = Scores(weight.GetScorer(segment, null)!);
            PooledPostings.Release(segment.AtomicReader);
            var second = Scores(weight.GetScorer(segment, null)!);
            PooledPostings.Release(segment.AtomicReader);

            var pool = PooledPostings.For(segment.AtomicReader)!;
            var taken = pool.Terms(field, "text");
            Assert.NotSame(taken, pool.Terms(field, "text"));
            PooledPostings.Release(segment.AtomicReader);
            Assert.Same(taken, pool.Terms(field, "text"));
            Assert.NotEmpty(first);
            Assert.Equal(first, second);
        }

        Assert.Null(PooledPostings.For(segment.AtomicReader));
    }

    private void AssertSameHits(Query lucene, Query pooled)
    {
        var expected = _searcher.Search(lucene, _reader.MaxDoc).ScoreDocs;
        var actual = _searcher.Search(pooled, _reader.MaxDoc).ScoreDocs;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
        var explained = _searcher.Explain(pooled, actual[0].Doc);
        Assert.True(explained.IsMatch);
        Assert.Equal(_searcher.Explain(lucene, actual[0].Doc).Value, explained.Value);
    }

    private static PhraseQuery Phrase(int slop, params (string Word, int Position)[] words)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (word, position) in words)
        {
            phrase.Add(new Term("text", word), position);
        }

        return phrase;
    }

    private static List<(int Doc, float Score)> Scores(Scorer scorer)
    {
        var scores = new List<(int, float)>();
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            scores.Add((doc, scorer.GetScore()));
        }

        return scores;
    }
}
