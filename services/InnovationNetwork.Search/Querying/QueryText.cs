using System.Text;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// What a user typed, split into "quoted phrases" and loose words. There is no operator syntax: AND, OR,
/// NOT, brackets, stars and colons are just characters (the analyzers drop punctuation), a quote with no
/// partner is ignored, and characters that cannot be text (unpaired surrogates, controls) become spaces.
/// </summary>
public sealed record QueryText(IReadOnlyList<string> Phrases, string Loose, bool EndsMidWord)
{
    /// <summary>Queries longer than this are refused rather than searched: nobody types them.</summary>
    public const int MaxLength = 1000;

    public static QueryText Parse(string text, string argument)
    {
        if (text.Length > MaxLength)
        {
            throw new SearchInputException(argument, $"the search text is {text.Length} characters long; at most {MaxLength} are allowed");
        }

        var clean = Sanitize(text);
        var phrases = new List<string>();
        var loose = new StringBuilder();
        var quotes = clean.Count(c => c == '"');
        var position = 0;
        while (position < clean.Length)
        {
            var open = clean.IndexOf('"', position);
            var close = open < 0 ? -1 : clean.IndexOf('"', open + 1);
            if (open < 0 || close < 0)
            {
                loose.Append(clean, position, clean.Length - position);
                break;
            }

            loose.Append(clean, position, open - position).Append(' ');
            var phrase = clean[(open + 1)..close].Trim();
            if (phrase.Length > 0)
            {
                phrases.Add(phrase);
            }

            position = close + 1;
        }

        var looseText = loose.ToString().Replace('"', ' ');
        var endsMidWord = quotes % 2 == 0 && clean.Length > 0 && char.IsLetterOrDigit(clean[^1]);
        return new QueryText(phrases, looseText, endsMidWord);
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c is '\u201C' or '\u201D' or '\u201E' ? '"' : c);
            }
        }

        return builder.ToString();
    }
}
