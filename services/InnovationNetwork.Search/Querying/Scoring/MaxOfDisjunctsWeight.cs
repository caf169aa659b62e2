using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>The weight of a <see cref="StableDisjunctionMaxQuery"/>: normalised as Lucene's disjunction-max weight is.</summary>
internal sealed class MaxOfDisjunctsWeight(DisjunctionMaxQuery query, IndexSearcher searcher) : Weight
{
    private readonly Weight[] _weights = query.Disjuncts.Select(d => d.CreateWeight(searcher)).ToArray();

    public override Query Query => query;

    public override float GetValueForNormalization()
    {
        float max = 0, sum = 0;
        foreach (var weight in _weights)
        {
            var value = weight.GetValueForNormalization();
            sum += value;
            max = Math.Max(max, value);
        }

        var tie = query.TieBreakerMultiplier;
        return (((sum - max) * tie * tie) + max) * query.Boost * query.Boost;
    }

    public override void Normalize(float norm, float topLevelBoost)
    {
        foreach (var weight in _weights)
        {
            weight.Normalize(norm, topLevelBoost * query.Boost);
        }
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        // A loop, not LINQ: a pruned search asks for scorers once per pass and segment.
        var disjuncts = new List<Scorer>(_weights.Length);
        foreach (var weight in _weights)
        {
            if (weight.GetScorer(context, acceptDocs) is { } scorer)
            {
                disjuncts.Add(scorer);
            }
        }

        return disjuncts.Count == 0 ? null : new MaxOfDisjunctsScorer(this, [.. disjuncts], query.TieBreakerMultiplier);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) =>
        ScorerExplanation.Of(this, context, doc, $"best disjunct plus {query.TieBreakerMultiplier} times the others:", _weights);
}
