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

    /// <summary>
    /// Every word, stop words included, folded: the start every chain shares (each one below is this plus its
    /// own tail), and how synonym phrases are recognised in text.
    /// </summary>
    public static Analyzer Words { get; } = FromWords(words => words);

    /// <summary>
    /// English words with stop words removed and Porter stems: the main matching fields. Possessives are cut
    /// after folding, so curly and straight apostrophes ("robot’s", "robot's") both lose their "'s".
    /// </summary>
    public static Analyzer Stemmed { get; } = FromWords(StemmedTail);

    /// <summary>Whole words, folded but not stemmed: exact-word boosts and fuzzy matching.</summary>
    public static Analyzer Exact { get; } = FromWords(ExactTail);

    /// <summary>Each word's leading 2–15 characters (index time only): "rob" finds "Robotics".</summary>
    public static Analyzer Prefixes { get; } = FromWords(PrefixTail);

    /// <summary>
    /// For highlighting: each word both as itself and as its stem at the same position, so one query of
    /// extracted terms marks stemmed, exact and fuzzy matches alike.
    /// </summary>
    public static Analyzer Highlighting { get; } = FromWords(words =>
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, words);
        stream = new KeywordRepeatFilter(stream);
        stream = new PorterStemFilter(stream);
        return new RemoveDuplicatesTokenFilter(stream);
    });

    /// <summary>
    /// The analyzer the index writer uses, chosen per field. Its text fields take <see cref="TokenizedText"/>
    /// readers and replay their tokens through the same tails as <see cref="Stemmed"/>, <see cref="Exact"/>
    /// and <see cref="Prefixes"/>, so a text feeding several fields is tokenised once; given plain text
    /// they produce the same terms as those analyzers.
    /// </summary>
    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(Replaying(StemmedTail), new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleExact] = Replaying(ExactTail),
        [SearchFields.TextExact] = Replaying(ExactTail),
        [SearchFields.TitlePrefix] = Replaying(PrefixTail),
        [SearchFields.Highlight] = Highlighting,
        [SearchFields.Id] = Keywords,
        [SearchFields.Type] = Keywords,
        [SearchFields.Region] = Keywords,
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

    /// <summary>The whole value as one term, for the id, type and region fields (see <see cref="LuceneDocuments"/>).</summary>
    private static Analyzer Keywords { get; } = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KeywordTokenizer(reader)));

    private static TokenStream StemmedTail(TokenStream words)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, words);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new PorterStemFilter(stream);
    }

    private static TokenStream ExactTail(TokenStream words) => new StopFilter(Version, words, EnglishAnalyzer.DefaultStopSet);

    private static TokenStream PrefixTail(TokenStream words) => new EdgeNGramTokenFilter(Version, words, MinPrefixLength, MaxPrefixLength);

    /// <summary>A query-time chain: the base chain (tokenizer, lower case, ASCII folding) run on the text, then a tail.</summary>
    private static Analyzer FromWords(Func<TokenStream, TokenStream> tail) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, tail(new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer))));
    });

    /// <summary>An index-time chain: the base chain's tokens replayed from a <see cref="TokenizedText"/>, then the same tail.</summary>
    private static Analyzer Replaying(Func<TokenStream, TokenStream> tail) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new TokenReplayTokenizer(reader);
        return new TokenStreamComponents(tokenizer, tail(tokenizer));
    });
}
