using System.Globalization;
using Lucene.Net.Search;

namespace InnovationNetwork.Bench;

/// <summary>
/// <c>BENCH_SEARCH_PER_QUERY=N</c>: each N-word hits-only search timed on its own (the median of five rounds
/// after two warm ones), printed slowest first and marked where its query matches through an exact phrase (a
/// skill's synonym phrases: the pruned search takes no passes there), with the median of each kind. It tells
/// which kind of search sets the p50, which one figure over all the searches cannot.
/// </summary>
internal static class SearchQueryBreakdown
{
    private const int Rounds = 5;

    public static void Run(IEnumerable<string> texts, Func<string, object> search, Func<string, Query?> build)
    {
        var queries = texts.Distinct().ToList();
        for (var warm = 0; warm < 2; warm++)
        {
            SearchBenchmark.Measure(queries, search);
        }

        var rounds = Enumerable.Range(0, Rounds).Select(_ =>
        {
            var timed = new List<(double Ms, string Input)>();
            SearchBenchmark.Measure(queries, search, timed);
            return timed.ToDictionary(t => t.Input, t => t.Ms);
        }).ToList();
        var rows = queries.Select(q => (Query: q, Ms: Median(rounds.Select(r => r[q])), Phrase: build(q) is { } query && HasExactPhrase(query))).ToList();
        foreach (var (query, ms, phrase) in rows.OrderByDescending(r => r.Ms))
        {
            Print($"{ms,8:0.00} ms  {(phrase ? "phrase" : "terms "),-6}  {query}");
        }

        Print($"median {Median(rows.Select(r => r.Ms)):0.00} ms over {rows.Count}; through exact phrases {Median(rows.Where(r => r.Phrase).Select(r => r.Ms)):0.00} ms ({rows.Count(r => r.Phrase)}), terms only {Median(rows.Where(r => !r.Phrase).Select(r => r.Ms)):0.00} ms");
    }

    private static bool HasExactPhrase(Query query) => query switch
    {
        PhraseQuery phrase => phrase.Slop == 0,
        BooleanQuery boolean => boolean.GetClauses().Any(c => HasExactPhrase(c.Query)),
        DisjunctionMaxQuery any => any.Disjuncts.Any(HasExactPhrase),
        _ => false,
    };

    private static double Median(IEnumerable<double> values) => values.Order().ToList() is { Count: > 0 } sorted ? SearchBenchmark.P50(sorted) : double.NaN;

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
