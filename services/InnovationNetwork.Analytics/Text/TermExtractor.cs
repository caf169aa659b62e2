using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// Turns a title and description into the terms text similarity compares: lower-cased runs of letters and
/// digits, without common English words, with plural and verb endings trimmed ("robots", "robotic" stay
/// apart, "shortages" and "shortage" meet) — a light stemmer, enough for short technical texts.
/// </summary>
public static class TermExtractor
{
    private const int MinLength = 2;

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "no", "not", "of", "on", "or", "our", "that", "the", "their", "this", "to", "too", "we", "with", "without",
    ], StringComparer.Ordinal);

    /// <summary>Each distinct term with how often it occurs, in ordinal order of the term.</summary>
    public static SortedDictionary<string, int> Extract(params string?[] texts)
    {
        var terms = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var text in texts)
        {
            foreach (var c in (text ?? string.Empty) + " ")
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                    continue;
                }

                if (word.Length >= MinLength && !StopWords.Contains(word.ToString()))
                {
                    var term = Stem(word.ToString());
                    terms[term] = terms.GetValueOrDefault(term) + 1;
                }

                word.Clear();
            }
        }

        return terms;
    }

    /// <summary>Trims one inflection: -ies and -ied → -y, -sses → -ss, -ing, -ed, -s (not -ss, -us, -is).</summary>
    public static string Stem(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 4 } when word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}
