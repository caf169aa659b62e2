using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// The words of a query that a match must hold together (all of two or more, or at least a minimum of them),
/// and in each segment every word's leading terms: those that alone could score at least half of what the
/// word's best term could (for the builder's queries, the word in a title). The few documents holding the
/// leading terms of two words at once hold the best hits, so a pruned search scores them first: the k-th
/// best score it then knows is high, and every document it has not scored lacks one word's leading terms,
/// which lowers the bound on the rest.
/// </summary>
internal sealed class CoOccurringWords
{
    private const double LeadingShare = 0.5;

    private readonly Query[] _words;
    private readonly Term[][] _termsOfWords;

    private CoOccurringWords(Query[] words)
    {
        _words = words;
        _termsOfWords = words.Select(word =>
        {
            var terms = new HashSet<Term>();
            ScoreBound.CollectTerms(word, terms);
            return terms.ToArray();
        }).ToArray();
    }

    /// <summary>
    /// The words a match of the query must hold together, found down its required clauses; null when a match
    /// needs no two parts together (one word, or a quoted phrase with optional words).
    /// </summary>
    public static CoOccurringWords? Of(Query query)
    {
        while (query is BooleanQuery boolean)
        {
            var clauses = boolean.GetClauses();
            var required = clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Query).ToArray();
            if (required.Length >= 2)
            {
                return new CoOccurringWords(required);
            }

            if (required.Length == 0 && boolean.MinimumNumberShouldMatch >= 2)
            {
                return new CoOccurringWords(clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Query).ToArray());
            }

            if (required.Length != 1)
            {
                return null;
            }

            query = required[0];
        }

        return null;
    }

    /// <summary>Pairs of two words' leading terms in the segment, the pair that could score highest first.</summary>
    public List<(Term[] First, Term[] Second)> Pairs(ScoreBound bound, AtomicReader segment)
    {
        var leading = new List<(Term[] Terms, double Best)>();
        for (var i = 0; i < _words.Length; i++)
        {
            if (Leading(bound, segment, i) is { } terms)
            {
                leading.Add(terms);
            }
        }

        var pairs = new List<(Term[], Term[], double)>();
        for (var i = 0; i < leading.Count; i++)
        {
            for (var j = i + 1; j < leading.Count; j++)
            {
                pairs.Add((leading[i].Terms, leading[j].Terms, leading[i].Best + leading[j].Best));
            }
        }

        return pairs.OrderByDescending(p => p.Item3).Select(p => (p.Item1, p.Item2)).ToList();
    }

    /// <summary>The word's terms that alone could score at least the leading share of its best term's score, and that score.</summary>
    private (Term[] Terms, double Best)? Leading(ScoreBound bound, AtomicReader segment, int word)
    {
        var terms = _termsOfWords[word];
        var alone = new double[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var others = new HashSet<Term>(terms);
            others.Remove(terms[t]);
            alone[t] = bound.Of(_words[word], others, segment) ?? 0;
        }

        var best = alone.Length == 0 ? 0 : alone.Max();
        return best > 0 ? (terms.Where((_, t) => alone[t] >= best * LeadingShare).ToArray(), best) : null;
    }
}
