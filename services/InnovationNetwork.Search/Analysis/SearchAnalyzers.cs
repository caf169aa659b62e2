using InnovationNetwork.Search.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// The analysis chains. All share one tokenizer and case/accent folding, so the same word yields the same
/// term in every field; they differ in stop words, stemming and n-grams (see <see cref="SearchFields"/>).
/// Analyzers are thread-safe and reuse their token streams per thread: build them once.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Prefix lengths indexed as n-grams. Shorter and longer prefixes fall back to a prefix query on the exact
    /// title words; indexing every length from one letter would add a third more title terms for prefixes
    /// nobody completes on.
    /// </summary>
    public const int MinPrefixLength = 2;

    public const int MaxPrefixLength = 15;

    /// <summary>English words with stop words removed and Porter stems: the main matching fields.</summary>
    public static Analyzer Stemmed { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = Fold(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Whole words, folded but not stemmed: exact-word boosts and fuzzy matching.</summary>
    public static Analyzer Exact { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Fold(tokenizer);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Every word, stop words included, folded: how synonym phrases are recognised in text.</summary>
    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, Fold(tokenizer));
    });

    /// <summary>Each word's leading 2–15 characters (index time only): "rob" finds "Robotics".</summary>
    public static Analyzer Prefixes { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Fold(tokenizer);
        stream = new EdgeNGramTokenFilter(Version, stream, MinPrefixLength, MaxPrefixLength);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>
    /// For highlighting: each word both as itself and as its stem at the same position, so one query of
    /// extracted terms marks stemmed, exact and fuzzy matches alike.
    /// </summary>
    public static Analyzer Highlighting { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = Fold(stream);
        stream = new KeywordRepeatFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The analyzer the index writer uses, chosen per field.</summary>
    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(Stemmed, new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleExact] = Exact,
        [SearchFields.TextExact] = Exact,
        [SearchFields.TitlePrefix] = Prefixes,
        [SearchFields.Highlight] = Highlighting,
    });

    /// <summary>The terms an analyzer makes of a text, with their positions (stop words leave gaps).</summary>
    public static IReadOnlyList<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private static ASCIIFoldingFilter Fold(TokenStream stream) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(Version, stream));
}
