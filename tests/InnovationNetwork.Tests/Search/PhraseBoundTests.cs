using InnovationNetwork.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// A phrase's score bound counts at most the sum of its terms' frequencies less one per term after the first.
/// Checked against Lucene's own phrase scores where that is tightest, one document per segment (so the
/// segment's highest frequencies are that document's): words repeated, interleaved, reversed and spread apart,
/// for exact and sloppy phrases and a phrase that repeats a word.
/// </summary>
public sealed class PhraseBoundTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "alpha beta", "alpha gamma beta", "beta alpha", "alpha beta alpha beta alpha beta", "alpha alpha beta beta",
        "beta gamma gamma alpha gamma beta gamma alpha", "alpha beta gamma alpha beta gamma alpha beta gamma",
        "alpha", "beta beta beta alpha", "gamma alpha beta alpha gamma beta alpha",
    ];

    private readonly WhitespaceIndex _index = new(Texts.Select(t => WhitespaceIndex.Text("text", t)), commitEvery: 1);

    private DirectoryReader Reader => _index.Reader;

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(0, "alpha", "beta")]
    [InlineData(1, "alpha", "beta")]
    [InlineData(3, "alpha", "beta")]
    [InlineData(10, "alpha", "beta")]
    [InlineData(3, "alpha", "beta", "gamma")]
    [InlineData(10, "gamma", "beta", "alpha")]
    [InlineData(3, "alpha", "beta", "alpha")]
    [InlineData(0, "alpha", "beta", "alpha", "beta")]
    public void ThePhraseBound_ShouldNeverFallBelowAScore(int slop, params string[] words)
    {
        var searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var word in words)
        {
            phrase.Add(new Term("text", word));
        }

        var bounds = new ScoreBound(searcher, (BM25Similarity)searcher.Similarity);
        var scores = searcher.Search(phrase, Texts.Length).ScoreDocs;

        Assert.Equal(Texts.Length, Reader.Leaves.Count);
        Assert.NotEmpty(scores);
        foreach (var hit in scores)
        {
            var segment = Reader.Leaves[ReaderUtil.SubIndex(hit.Doc, Reader.Leaves)];
            var bound = bounds.Of(phrase, new HashSet<Term>(), segment.AtomicReader);
            Assert.True(bound >= hit.Score, $"bound {bound} below the score {hit.Score} of \"{searcher.Doc(hit.Doc).Get("text")}\"");
        }
    }
}
