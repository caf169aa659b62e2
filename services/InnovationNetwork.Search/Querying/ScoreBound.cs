using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Upper bounds of a query's BM25 score over the documents that contain none of a set of terms: what lets
/// <see cref="PrunedTopHits"/> stop before scoring every match. A term's BM25 score grows with its frequency
/// towards <c>boost × idf × (k1 + 1)</c> and never reaches it, whatever the document's length; the query's
/// shapes combine those as Lucene's scorers do (a sum for boolean queries, max plus tie-breaker share for
/// disjunction-max), and a phrase's weight is the sum of its terms' idf. The idf comes from the searcher's
/// own similarity, so the bound and the scores share one formula. A query of any other kind is unbounded.
/// </summary>
internal sealed class ScoreBound(IndexSearcher searcher, BM25Similarity similarity)
{
    /// <summary>Headroom for float rounding in the scorers: a bound must never fall below a real score.</summary>
    private const double Headroom = 1.001;

    private readonly Dictionary<Term, double> _idf = [];

    /// <summary>
    /// The highest score a document lacking every term in <paramref name="absent"/> could get, or null when
    /// such a document cannot match at all (every way to match needs an absent term).
    /// </summary>
    public double? Of(Query query, IReadOnlySet<Term> absent) =>
        Of(query, absent, 1) is { } bound ? bound * Headroom : null;

    /// <summary>Every term the query's bounded parts score on: the postings a pruned search may walk one by one.</summary>
    public static void CollectTerms(Query query, ISet<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case PhraseQuery phrase:
                terms.UnionWith(phrase.GetTerms());
                break;
            case DisjunctionMaxQuery any:
                foreach (var disjunct in any.Disjuncts)
                {
                    CollectTerms(disjunct, terms);
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.GetClauses().Where(c => c.Occur != Occur.MUST_NOT))
                {
                    CollectTerms(clause.Query, terms);
                }

                break;
        }
    }

    private double? Of(Query query, IReadOnlySet<Term> absent, double boost)
    {
        boost *= query.Boost;
        return query switch
        {
            TermQuery term => absent.Contains(term.Term) || Idf(term.Term) is not { } idf ? null : boost * idf * (similarity.K1 + 1),
            PhraseQuery phrase => PhraseBound(phrase, absent, boost),
            DisjunctionMaxQuery any => MaxBound(any, absent, boost),
            BooleanQuery boolean => SumBound(boolean, absent, boost),
            _ => double.PositiveInfinity,
        };
    }

    private double? PhraseBound(PhraseQuery phrase, IReadOnlySet<Term> absent, double boost)
    {
        var idf = 0.0;
        foreach (var term in phrase.GetTerms())
        {
            if (absent.Contains(term) || Idf(term) is not { } termIdf)
            {
                return null;
            }

            idf += termIdf;
        }

        return boost * idf * (similarity.K1 + 1);
    }

    /// <summary>Disjunction-max scores the best disjunct plus the tie-breaker's share of the others.</summary>
    private double? MaxBound(DisjunctionMaxQuery any, IReadOnlySet<Term> absent, double boost)
    {
        double max = 0, sum = 0;
        var matchable = false;
        foreach (var disjunct in any.Disjuncts)
        {
            if (Of(disjunct, absent, boost) is { } bound)
            {
                matchable = true;
                max = Math.Max(max, bound);
                sum += bound;
            }
        }

        return matchable ? max + any.TieBreakerMultiplier * (sum - max) : null;
    }

    /// <summary>A boolean query scores the sum of the clauses that match (BM25 has no coordination factor).</summary>
    private double? SumBound(BooleanQuery boolean, IReadOnlySet<Term> absent, double boost)
    {
        double sum = 0;
        int required = 0, optional = 0, optionalMatchable = 0;
        foreach (var clause in boolean.GetClauses())
        {
            if (clause.Occur == Occur.MUST_NOT)
            {
                continue;
            }

            var bound = Of(clause.Query, absent, boost);
            if (clause.Occur == Occur.MUST)
            {
                if (bound is null)
                {
                    return null;
                }

                required++;
            }
            else
            {
                optional++;
                optionalMatchable += bound is null ? 0 : 1;
            }

            sum += bound ?? 0;
        }

        var optionalNeeded = boolean.MinimumNumberShouldMatch > 0 ? boolean.MinimumNumberShouldMatch : required == 0 && optional > 0 ? 1 : 0;
        return optionalMatchable >= optionalNeeded ? sum : null;
    }

    /// <summary>The idf Lucene weighs the term with, or null when no document has it.</summary>
    private double? Idf(Term term)
    {
        if (!_idf.TryGetValue(term, out var idf))
        {
            var context = TermContext.Build(searcher.TopReaderContext, term);
            idf = context.DocFreq == 0
                ? double.NaN
                : similarity.IdfExplain(searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, context)).Value;
            _idf[term] = idf;
        }

        return double.IsNaN(idf) ? null : idf;
    }
}
