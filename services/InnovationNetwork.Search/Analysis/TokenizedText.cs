using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// A text already run through the shared start of every chain (<see cref="SearchAnalyzers.Words"/>: tokenizer,
/// lower case, ASCII folding), kept as its tokens so several fields can be fed from one tokenizer run. It is
/// passed to Lucene as a field's reader; the index-time analyzers replay its tokens instead of reading it, so
/// one instance can feed any number of fields. Immutable once built, so safe to share across threads.
/// </summary>
public sealed class TokenizedText : TextReader
{
    private const int Stride = 5; // per token: first char in Chars, length, position increment, start offset, end offset

    private TokenizedText(string text, char[] chars, int[] tokens, int count, int finalOffset, int finalIncrement)
    {
        Text = text;
        Chars = chars;
        Tokens = tokens;
        Count = count;
        FinalOffset = finalOffset;
        FinalIncrement = finalIncrement;
    }

    /// <summary>The original text (what a stored field keeps).</summary>
    public string Text { get; }

    public int Count { get; }

    /// <summary>The end-of-stream offset and position increment the base chain reported (see <c>TokenStream.End</c>).</summary>
    internal int FinalOffset { get; }

    internal int FinalIncrement { get; }

    private char[] Chars { get; }

    private int[] Tokens { get; }

    /// <summary>Runs the shared base chain over a text once.</summary>
    public static TokenizedText Of(string text) => Capture(text, SearchAnalyzers.Words.GetTokenStream(string.Empty, text));

    /// <summary>The same for text that only arrives as a reader (an index-time analyzer given plain text).</summary>
    internal static TokenizedText Of(TextReader reader) => Of(reader.ReadToEnd());

    internal void CopyTo(int token, ICharTermAttribute term, IPositionIncrementAttribute increment, IOffsetAttribute offset)
    {
        var at = token * Stride;
        term.CopyBuffer(Chars, Tokens[at], Tokens[at + 1]);
        increment.PositionIncrement = Tokens[at + 2];
        offset.SetOffset(Tokens[at + 3], Tokens[at + 4]);
    }

    /// <summary>Not readable as text: only <see cref="SearchAnalyzers"/>' index-time analyzers consume it, by replaying its tokens.</summary>
    public override int Read() => throw new NotSupportedException("A TokenizedText is replayed by the index-time analyzers, not read.");

    /// <inheritdoc cref="Read()"/>
    public override int Peek() => throw new NotSupportedException("A TokenizedText is replayed by the index-time analyzers, not read.");

    private static TokenizedText Capture(string text, Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            // Folding never lengthens the text by much and tokens skip separators: the text's length is a good first guess.
            var chars = new char[Math.Max(16, text.Length)];
            var tokens = new int[Stride * Math.Max(4, text.Length / 6)];
            int count = 0, used = 0;
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (used + term.Length > chars.Length)
                {
                    Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
                }

                if ((count + 1) * Stride > tokens.Length)
                {
                    Array.Resize(ref tokens, tokens.Length * 2);
                }

                Array.Copy(term.Buffer, 0, chars, used, term.Length);
                var at = count * Stride;
                tokens[at] = used;
                tokens[at + 1] = term.Length;
                tokens[at + 2] = increment.PositionIncrement;
                tokens[at + 3] = offset.StartOffset;
                tokens[at + 4] = offset.EndOffset;
                used += term.Length;
                count++;
            }

            stream.End();
            return new TokenizedText(text, chars, tokens, count, offset.EndOffset, increment.PositionIncrement);
        }
    }
}
