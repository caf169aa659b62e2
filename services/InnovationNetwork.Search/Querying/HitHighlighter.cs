using System.Text;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Makes <c>&lt;mark&gt;</c>-highlighted snippets from a hit's stored title, description and context. The
/// words to mark are the terms the search really matched (its query rewritten against the index, so fuzzy
/// expansions are included), found in the text by analysing it to both exact words and stems: "Robotics"
/// is marked for a search on "robotic", "graphene" for "grafene". Text outside marks is HTML-escaped.
/// Lucene's Highlighter re-runs the query over a one-document index per text; tokenising once and
/// looking words up in a set costs a small fraction of that per hit.
/// </summary>
internal sealed class HitHighlighter
{
    private const int FragmentSize = 160;
    private const int LeadIn = 40;
    private const int MaxBodyFragments = 2;

    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal)
    {
        SearchFields.Title, SearchFields.TitleExact, SearchFields.Body, SearchFields.Context, SearchFields.TextExact,
    };

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public HitHighlighter(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        foreach (var term in terms)
        {
            if (TextFields.Contains(term.Field))
            {
                _terms.Add(term.Text);
            }
            else if (term.Field == SearchFields.TitlePrefix)
            {
                _prefixes.Add(term.Text);
            }
        }
    }

    public IReadOnlyList<string> Highlight(Lucene.Net.Documents.Document stored)
    {
        var snippets = new List<string>();
        var title = stored.Get(SearchFields.Title) ?? "";
        var titleMatches = Matches(title);
        if (titleMatches.Count > 0)
        {
            snippets.Add(Render(title, 0, title.Length, titleMatches));
        }

        snippets.AddRange(Fragments(stored.Get(SearchFields.Body), MaxBodyFragments));
        snippets.AddRange(Fragments(stored.Get(SearchFields.Context), 1));
        return snippets;
    }

    private IEnumerable<string> Fragments(string? text, int count)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var matches = Matches(text);
        if (matches.Count == 0)
        {
            return [];
        }

        // Each candidate window starts a little before a match and takes the matches that fit in it;
        // the windows with the most distinct matched words win, and do not overlap.
        var windows = new List<(int Start, int End, int Score)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = WordStart(text, Math.Max(0, matches[i].Start - LeadIn));
            var limit = start + FragmentSize;
            var inside = matches.Skip(i).TakeWhile(m => m.End <= limit).ToList();
            var end = WordEnd(text, Math.Min(text.Length, Math.Max(limit, inside[^1].End)));
            windows.Add((start, end, inside.Select(m => text[m.Start..m.End].ToUpperInvariant()).Distinct().Count()));
        }

        var chosen = new List<(int Start, int End, int Score)>();
        foreach (var window in windows.OrderByDescending(w => w.Score).ThenBy(w => w.Start))
        {
            if (chosen.Count < count && chosen.All(c => window.End <= c.Start || window.Start >= c.End))
            {
                chosen.Add(window);
            }
        }

        return chosen.Select(w => Render(text, w.Start, w.End, matches));
    }

    /// <summary>Character ranges of the words in the text that the search matched.</summary>
    private List<(int Start, int End)> Matches(string text)
    {
        var matches = new List<(int Start, int End)>();
        using var stream = SearchAnalyzers.Highlighting.GetTokenStream(SearchFields.Highlight, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            var range = (offset.StartOffset, offset.EndOffset);
            if ((matches.Count == 0 || matches[^1] != range)
                && (_terms.Contains(word) || _prefixes.Exists(p => word.StartsWith(p, StringComparison.Ordinal))))
            {
                matches.Add(range);
            }
        }

        stream.End();
        return matches;
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(Escape(text[at..matchStart])).Append("<mark>").Append(Escape(text[matchStart..matchEnd])).Append("</mark>");
            at = matchEnd;
        }

        html.Append(Escape(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>Escapes the characters HTML gives meaning to, and only those (accented letters stay readable).</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
