using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Autocomplete: names and titles (and skill aliases) whose words start with what was typed, every earlier
/// word matching whole. Ranked: titles that begin with the typed text first, then relevance, then shorter
/// titles; so "rob" offers "Robotics" before "Advanced robotics for welding".
/// </summary>
public static class Suggester
{
    public const int MaxPrefixLength = 200;
    private const int Candidates = 50;

    public static IReadOnlyList<SuggestionResult> Run(IndexSearcher searcher, SuggestRequest request)
    {
        if (request.Prefix.Length > MaxPrefixLength)
        {
            throw new SearchInputException("prefix", $"the prefix is {request.Prefix.Length} characters long; at most {MaxPrefixLength} are allowed");
        }

        var words = SearchAnalyzers.Analyze(SearchAnalyzers.Words, SearchFields.TitleExact, request.Prefix).Select(t => t.Term).ToList();
        if (words.Count == 0 || request.First == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var word in words.Take(words.Count - 1).Where(w => !Analysis.StopWords.Contains(w)))
        {
            query.Add(new TermQuery(new Term(SearchFields.TitleExact, word)), Occur.MUST);
        }

        var last = words[^1];
        query.Add(last.Length is >= SearchAnalyzers.MinPrefixLength and <= SearchAnalyzers.MaxPrefixLength
            ? new TermQuery(new Term(SearchFields.TitlePrefix, last))
            : new PrefixQuery(new Term(SearchFields.TitleExact, last)), Occur.MUST);
        if (request.Labels is { } labels)
        {
            var anyLabel = new BooleanQuery();
            foreach (var label in labels)
            {
                anyLabel.Add(new TermQuery(new Term(SearchFields.Type, label)), Occur.SHOULD);
            }

            query.Add(new ConstantScoreQuery(anyLabel) { Boost = 0 }, Occur.MUST);
        }

        var typed = string.Join(' ', words);
        return searcher.Search(query, Candidates).ScoreDocs
            .Select(hit => (hit.Score, Document: searcher.Doc(hit.Doc)))
            .Select(hit => (hit.Score, Id: hit.Document.Get(SearchFields.Id), Label: hit.Document.Get(SearchFields.Type), Title: hit.Document.Get(SearchFields.Title)))
            .OrderByDescending(hit => StartsWith(hit.Title, typed))
            .ThenByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Title.Length)
            .ThenBy(hit => hit.Id, StringComparer.Ordinal)
            .Take(request.First)
            .Select(hit => new SuggestionResult(hit.Title, hit.Id, hit.Label))
            .ToList();
    }

    private static bool StartsWith(string title, string typedWords) =>
        string.Join(' ', SearchAnalyzers.Analyze(SearchAnalyzers.Words, SearchFields.TitleExact, title).Select(t => t.Term))
            .StartsWith(typedWords, StringComparison.Ordinal);
}
