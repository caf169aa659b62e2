using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>The weight of a <see cref="StableBooleanQuery"/>: normalised as Lucene's boolean weight is.</summary>
internal sealed class SumOfClausesWeight : Weight
{
    private readonly BooleanQuery _query;
    private readonly BooleanClause[] _clauses;
    private readonly Weight[] _weights;
    private readonly float[] _coordination;

    public SumOfClausesWeight(BooleanQuery query, IndexSearcher searcher)
    {
        _query = query;
        _clauses = query.GetClauses();
        _weights = _clauses.Select(c => c.Query.CreateWeight(searcher)).ToArray();
        var scored = _clauses.Count(c => c.Occur != Occur.MUST_NOT);
        _coordination = Coordination(searcher.Similarity, query.CoordDisabled, scored);
    }

    public override Query Query => _query;

    public override float GetValueForNormalization()
    {
        var sum = 0f;
        for (var i = 0; i < _weights.Length; i++)
        {
            sum += _clauses[i].Occur == Occur.MUST_NOT ? 0 : _weights[i].GetValueForNormalization();
        }

        return sum * _query.Boost * _query.Boost;
    }

    public override void Normalize(float norm, float topLevelBoost)
    {
        foreach (var weight in _weights)
        {
            weight.Normalize(norm, topLevelBoost * _query.Boost);
        }
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        List<Scorer> required = [], prohibited = [];
        List<(Scorer, Query)> optional = [];
        for (var i = 0; i < _weights.Length; i++)
        {
            var scorer = _weights[i].GetScorer(context, acceptDocs);
            var occur = _clauses[i].Occur;
            if (scorer is null)
            {
                if (occur == Occur.MUST)
                {
                    return null;
                }

                continue;
            }

            if (occur == Occur.SHOULD)
            {
                optional.Add((scorer, _clauses[i].Query));
            }
            else
            {
                (occur == Occur.MUST ? required : prohibited).Add(scorer);
            }
        }

        if ((required.Count == 0 && optional.Count == 0) || optional.Count < _query.MinimumNumberShouldMatch)
        {
            return null;
        }

        return new SumOfClausesScorer(this, [.. required], [.. optional], [.. prohibited], _query.MinimumNumberShouldMatch, _coordination);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) =>
        ScorerExplanation.Of(this, context, doc, "sum of the matching clauses, in clause order:",
            _weights.Where((_, i) => _clauses[i].Occur != Occur.MUST_NOT));

    /// <summary>Lucene's coordination factor for each number of matching clauses (1 where disabled, or for one clause).</summary>
    private static float[] Coordination(Similarity similarity, bool disabled, int clauses)
    {
        var factors = new float[clauses + 1];
        for (var matching = 0; matching <= clauses; matching++)
        {
            factors[matching] = disabled || clauses == 1 ? 1f : similarity.Coord(matching, clauses);
        }

        return factors;
    }
}
