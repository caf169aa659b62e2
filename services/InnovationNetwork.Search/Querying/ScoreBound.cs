using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Upper bounds of a query's BM25 score over the documents that contain none of a set of terms: what lets
/// <see cref="PrunedTopHits"/> stop before scoring every match. A term scores
/// <c>boost × idf × (k1 + 1) × f / (f + k1 × (1 − b + b × length / average length))</c>; in a segment, the
/// highest frequency it has at each length (<see cref="TermImpacts"/>) bounds the last factor, and without a
/// segment the factor is bounded by 1. A phrase weighs the sum of its terms' idf, and its frequency in a
/// document is at most the sum of theirs there less one per term after the first. The query's shapes combine these as Lucene's scorers do (a
/// sum for boolean queries, max plus tie-breaker share for disjunction-max). The idf comes from the
/// searcher's own similarity, so the bound and the scores share one formula. Any other query is unbounded.
/// </summary>
internal sealed partial class ScoreBound(IndexSearcher searcher, BM25Similarity similarity)
{
    /// <summary>Headroom for float rounding in the scorers: a bound must never fall below a real score.</summary>
    private const double Headroom = 1.001;

    private readonly Dictionary<Term, double> _idf = [];
    private readonly Dictionary<string, float[]> _lengthFactors = [];
    private readonly Dictionary<Term, Impact[]> _impacts = [];
    private readonly Dictionary<Term, double?> _termSaturations = [];
    private readonly Dictionary<PhraseQuery, double?> _phraseSaturations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PhraseQuery, Term[]> _phraseTerms = new(ReferenceEqualityComparer.Instance);
    private AtomicReader? _segment;

    /// <summary>
    /// The highest score a document of <paramref name="segment"/> (null: of any segment) lacking every term in
    /// <paramref name="absent"/> could get, or null when such a document cannot match at all (every way to
    /// match needs an absent term).
    /// </summary>
    public double? Of(Query query, IReadOnlySet<Term> absent, AtomicReader? segment)
    {
        UseSegment(segment);
        return Of(query, absent, 1) is { } bound ? bound * Headroom : null;
    }

    /// <summary>The per-segment caches hold for one segment at a time.</summary>
    private void UseSegment(AtomicReader? segment)
    {
        if (!ReferenceEquals(segment, _segment))
        {
            _impacts.Clear();
            _termSaturations.Clear();
            _phraseSaturations.Clear();
            _segment = segment;
        }
    }

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
            TermQuery term => absent.Contains(term.Term) || Idf(term.Term) is not { } idf || TermSaturation(term.Term) is not { } saturation
                ? null
                : boost * idf * (similarity.K1 + 1) * saturation,
            PhraseQuery phrase => PhraseBound(phrase, absent, boost),
            DisjunctionMaxQuery any => MaxBound(any, absent, boost),
            BooleanQuery boolean => SumBound(boolean, absent, boost),
            _ => double.PositiveInfinity,
        };
    }

    private double? PhraseBound(PhraseQuery phrase, IReadOnlySet<Term> absent, double boost)
    {
        var terms = TermsOf(phrase);
        var idf = 0.0;
        foreach (var term in terms)
        {
            if (absent.Contains(term) || Idf(term) is not { } termIdf)
            {
                return null;
            }

            idf += termIdf;
        }

        if (!_phraseSaturations.TryGetValue(phrase, out var saturation))
        {
            _phraseSaturations[phrase] = saturation = Saturation(terms);
        }

        return saturation is { } known ? boost * idf * (similarity.K1 + 1) * known : null;
    }

    /// <summary>The phrase's terms, copied out of the query once per search (the query copies them on every call).</summary>
    private Term[] TermsOf(PhraseQuery phrase)
    {
        if (!_phraseTerms.TryGetValue(phrase, out var terms))
        {
            _phraseTerms[phrase] = terms = phrase.GetTerms();
        }

        return terms;
    }

    /// <summary>Disjunction-max scores the best disjunct plus the tie-breaker's share of the others.</summary>
    private double? MaxBound(DisjunctionMaxQuery any, IReadOnlySet<Term> absent, double boost)
    {
        double max = 0, sum = 0;
        var matchable = false;
        // Index loops: the bound is taken several times per segment, and Lucene's lists hand out boxed enumerators.
        var disjuncts = any.Disjuncts;
        for (var i = 0; i < disjuncts.Count; i++)
        {
            if (Of(disjuncts[i], absent, boost) is { } bound)
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
        var clauses = boolean.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
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

    /// <summary>A single term's saturation, kept for the segment: a search asks for it once per pass (a phrase's likewise, in PhraseBound).</summary>
    private double? TermSaturation(Term term)
    {
        if (!_termSaturations.TryGetValue(term, out var saturation))
        {
            _termSaturations[term] = saturation = Saturation([term]);
        }

        return saturation;
    }

    /// <summary>
    /// The highest <c>f / (f + k1 × (1 − b + b × length / average length))</c> over the segment's documents
    /// holding all the terms (of one field), f being the sum of their frequencies; 1 without a segment; null
    /// when no document of the segment holds them all.
    /// </summary>
    private double? Saturation(Term[] terms)
    {
        if (_segment is null)
        {
            return 1;
        }

        if (terms.Length == 1)
        {
            return TermSaturationIn(Impacts(terms[0]), LengthFactors(terms[0].Field));
        }

        // Per norm (encoded length): the sum of the terms' highest frequencies, for norms every term has.
        var frequencies = new int[256];
        var holders = new int[256];
        var hasNorms = true;
        foreach (var term in terms)
        {
            foreach (var impact in Impacts(term))
            {
                frequencies[impact.Norm] += impact.Frequency;
                holders[impact.Norm]++;
                hasNorms &= impact.HasNorm;
            }
        }

        var lengthFactors = LengthFactors(terms[0].Field);
        var deduction = PhraseFrequencyDeduction(terms);
        double? highest = null;
        for (var norm = 0; norm < 256; norm++)
        {
            if (holders[norm] == terms.Length)
            {
                double frequency = frequencies[norm] - deduction;
                var lengthFactor = hasNorms ? lengthFactors[norm] : similarity.K1;
                highest = Math.Max(highest ?? 0, frequency / (frequency + lengthFactor));
            }
        }

        return highest;
    }

    /// <summary>The highest saturation of one term over its (norm, highest frequency) pairs: no per-norm sums needed.</summary>
    private double? TermSaturationIn(Impact[] impacts, float[] lengthFactors)
    {
        double? highest = null;
        foreach (var impact in impacts)
        {
            double frequency = impact.Frequency;
            var lengthFactor = impact.HasNorm ? lengthFactors[impact.Norm] : similarity.K1;
            highest = Math.Max(highest ?? 0, frequency / (frequency + lengthFactor));
        }

        return highest;
    }

    private Impact[] Impacts(Term term)
    {
        if (!_impacts.TryGetValue(term, out var impacts))
        {
            _impacts[term] = impacts = TermImpacts.Of(_segment!, term);
        }

        return impacts;
    }

    /// <summary>
    /// What to take off the sum of a phrase's terms' frequencies in a document to bound the phrase's frequency
    /// there: a sloppy phrase counts at most one match, weighing at most 1, for each position a term moves on to
    /// after its first, plus one; so at most the sum less one for every term after the first (an exact phrase
    /// matches at most as often as its rarest term, which is no more). Phrases that repeat a term are matched
    /// differently and keep the plain sum.
    /// </summary>
    private static int PhraseFrequencyDeduction(Term[] terms) =>
        terms.Length > 1 && terms.Distinct().Count() == terms.Length ? terms.Length - 1 : 0;

    /// <summary>
    /// BM25's <c>k1 × (1 − b + b × length / average length)</c> for each norm. The average is taken over the
    /// documents that have the field: never below the average over all documents, so never a higher score.
    /// </summary>
    private float[] LengthFactors(string field)
    {
        if (!_lengthFactors.TryGetValue(field, out var factors))
        {
            var statistics = searcher.CollectionStatistics(field);
            var documents = statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;
            var average = statistics.SumTotalTermFreq > 0 && documents > 0 ? (float)(statistics.SumTotalTermFreq / (double)documents) : 1f;
            factors = new float[256];
            for (var norm = 0; norm < factors.Length; norm++)
            {
                var decoded = Lucene.Net.Util.SmallSingle.Byte315ToSingle((byte)norm);
                var length = 1f / (decoded * decoded);
                factors[norm] = similarity.K1 * ((1 - similarity.B) + (similarity.B * length / average));
            }

            _lengthFactors[field] = factors;
        }

        return factors;
    }

    /// <summary>The idf Lucene weighs the term with, or null when no document has it.</summary>
    private double? Idf(Term term)
    {
        if (!_idf.TryGetValue(term, out var idf))
        {
            var context = TermStates.Of(searcher.TopReaderContext, term);
            idf = context.DocFreq == 0
                ? double.NaN
                : similarity.IdfExplain(searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, context)).Value;
            _idf[term] = idf;
        }

        return double.IsNaN(idf) ? null : idf;
    }
}
