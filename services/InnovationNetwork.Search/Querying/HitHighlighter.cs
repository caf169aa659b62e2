using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Makes <c>&lt;mark&gt;</c>-highlighted snippets from a hit's stored title, description and context. The
/// terms to mark are those the search really matched (its query rewritten against the index, so fuzzy
/// matches are included), looked up in text analysed to both exact words and stems: one highlighter marks
/// "Robotics" for a search on "robotic" and "graphene" for "grafene". Text outside marks is HTML-escaped.
/// </summary>
internal sealed class HitHighlighter
{
    private const int FragmentSize = 140;
    private const int MaxBodyFragments = 2;
    private const int MaxTerms = 512;

    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal)
    {
        SearchFields.Title, SearchFields.TitleExact, SearchFields.Body, SearchFields.Context, SearchFields.TextExact,
    };

    private readonly Highlighter _whole;
    private readonly Highlighter _fragments;

    public HitHighlighter(IndexSearcher searcher, Query query)
    {
        var scorer = new QueryScorer(MarkQuery(searcher.Rewrite(query)), SearchFields.Highlight);
        var formatter = new SimpleHTMLFormatter("<mark>", "</mark>");
        var encoder = new SimpleHTMLEncoder();
        _whole = new Highlighter(formatter, encoder, scorer) { TextFragmenter = new NullFragmenter() };
        _fragments = new Highlighter(formatter, encoder, scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize) };
    }

    public IReadOnlyList<string> Highlight(Lucene.Net.Documents.Document stored)
    {
        var snippets = new List<string>();
        if (Marked(_whole, stored.Get(SearchFields.Title), 1) is { Length: > 0 } title)
        {
            snippets.Add(title[0]);
        }

        snippets.AddRange(Marked(_fragments, stored.Get(SearchFields.Body), MaxBodyFragments));
        snippets.AddRange(Marked(_fragments, stored.Get(SearchFields.Context), 1));
        return snippets;
    }

    private static string[] Marked(Highlighter highlighter, string? text, int fragments)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var tokens = SearchAnalyzers.Highlighting.GetTokenStream(SearchFields.Highlight, text);
        return highlighter.GetBestFragments(tokens, text, fragments).Where(f => f.Contains("<mark>", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>One query on the highlight field holding every text term the search matched on.</summary>
    private static BooleanQuery MarkQuery(Query rewritten)
    {
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        var mark = new BooleanQuery();
        foreach (var text in terms.Where(t => TextFields.Contains(t.Field)).Select(t => t.Text).Distinct(StringComparer.Ordinal).Take(MaxTerms))
        {
            mark.Add(new TermQuery(new Term(SearchFields.Highlight, text)), Occur.SHOULD);
        }

        foreach (var prefix in terms.Where(t => t.Field == SearchFields.TitlePrefix).Select(t => t.Text).Distinct(StringComparer.Ordinal))
        {
            mark.Add(new PrefixQuery(new Term(SearchFields.Highlight, prefix)), Occur.SHOULD);
        }

        return mark;
    }
}
