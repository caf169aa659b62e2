using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The index tokenises each text once and replays its tokens into every field; queries analyse text with
/// <see cref="SearchAnalyzers"/>. Both must make exactly the same tokens, or words indexed one way would be
/// searched for another.
/// </summary>
public sealed class IndexAnalysisTests
{
    public static TheoryData<string> TrickyTexts() => new()
    {
        "The robot's arm and the robots' arms",
        "O’Neill’s lab, JAMES’S FORGE and Ｒｏｂｏｔ＇Ｓ",
        "don’t can't won‘t it‛s",
        "Café crème, résumé, naïve Zürich, Straße, ﬁbre, Æsir",
        "3.14 2D 1,000 v2.0 4x4 ISO-9001 2024-05-01 £1.5m",
        "state-of-the-art well-known e-mail co-operation AT&T R&D",
        "CFD; Computational fluid dynamics; South Yorkshire",
        "robots of the",
        "   ",
        "",
        "a an the of",
        new string('x', 300) + " after a very long word",
        "a very long word at the end " + new string('x', 300),
        "Robotics Robotic robotically ROBOTS",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void IndexTimeTokens_ShouldEqualQueryTimeAnalysis_InEveryTextField(string text)
    {
        var indexing = SearchAnalyzers.ForIndexing();
        var tokenized = TokenizedText.Of(text);
        foreach (var (field, queryAnalyzer) in QueryAnalyzers)
        {
            var expected = Tokens(queryAnalyzer, field, new StringReader(text));

            Assert.Equal(expected, Tokens(indexing, field, tokenized));
            Assert.Equal(expected, Tokens(indexing, field, new StringReader(text)));
        }
    }

    [Fact]
    public void OneTokenizedText_ShouldFeedSeveralFields_AndBeReplayedAgain()
    {
        var indexing = SearchAnalyzers.ForIndexing();
        var tokenized = TokenizedText.Of("Welding robots for the shipyards");

        var first = Tokens(indexing, SearchFields.Body, tokenized);
        Tokens(indexing, SearchFields.TextExact, tokenized);
        Tokens(indexing, SearchFields.TitlePrefix, tokenized);

        Assert.Equal(first, Tokens(indexing, SearchFields.Body, tokenized));
        Assert.Equal(["weld", "robot", "shipyard"], first.Tokens.Select(t => t.Term));
    }

    [Fact]
    public void Possessives_ShouldBeCut_WhateverTheApostrophe_ButKeptInExactWords()
    {
        Assert.Equal(["robot", "arm"], Terms(SearchAnalyzers.Stemmed, "Robot’s arm"));
        Assert.Equal(["robot", "arm"], Terms(SearchAnalyzers.Stemmed, "robot's arm"));
        Assert.Equal(["robot's", "arm"], Terms(SearchAnalyzers.Exact, "Robot’s arm"));
    }

    private static readonly (string Field, Analyzer Analyzer)[] QueryAnalyzers =
    [
        (SearchFields.Title, SearchAnalyzers.Stemmed),
        (SearchFields.Body, SearchAnalyzers.Stemmed),
        (SearchFields.Context, SearchAnalyzers.Stemmed),
        (SearchFields.TitleExact, SearchAnalyzers.Exact),
        (SearchFields.TextExact, SearchAnalyzers.Exact),
        (SearchFields.TitlePrefix, SearchAnalyzers.Prefixes),
    ];

    private static List<string> Terms(Analyzer analyzer, string text) =>
        SearchAnalyzers.Analyze(analyzer, SearchFields.Body, text).Select(t => t.Term).ToList();

    /// <summary>Everything the index writer reads from a stream: each token's term, position step and offsets, and the end state.</summary>
    private static TokenRun Tokens(Analyzer analyzer, string field, TextReader reader)
    {
        using var stream = analyzer.GetTokenStream(field, reader);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<Token>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), increment.PositionIncrement, length.PositionLength, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return new TokenRun(tokens, increment.PositionIncrement, offset.EndOffset);
    }

    private sealed record Token(string Term, int Increment, int Length, int Start, int End);

    private sealed record TokenRun(IReadOnlyList<Token> Tokens, int FinalIncrement, int FinalOffset)
    {
        public bool Equals(TokenRun? other) =>
            other is not null && Tokens.SequenceEqual(other.Tokens) && FinalIncrement == other.FinalIncrement && FinalOffset == other.FinalOffset;

        public override int GetHashCode() => HashCode.Combine(Tokens.Count, FinalIncrement, FinalOffset);
    }
}
