using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// Disjunction-max: the best matching disjunct's score plus the tie-breaker's share of the others', the others
/// summed in disjunct order.
/// </summary>
internal sealed class MaxOfDisjunctsScorer : Scorer
{
    private readonly Scorer[] _disjuncts;
    private readonly float _tieBreaker;
    private readonly MatchCountUnion _union;

    public MaxOfDisjunctsScorer(Weight weight, Scorer[] disjuncts, float tieBreaker)
        : base(weight)
    {
        _disjuncts = disjuncts;
        _tieBreaker = tieBreaker;
        _union = new MatchCountUnion(disjuncts, 1);
    }

    public override int DocID => _union.Doc;

    public override int Freq => Enumerable.Range(0, _disjuncts.Length).Count(_union.Matches);

    public override int NextDoc() => _union.NextDoc();

    public override int Advance(int target) => _union.Advance(target);

    public override float GetScore()
    {
        double max = double.NegativeInfinity, sum = 0;
        for (var i = 0; i < _disjuncts.Length; i++)
        {
            if (_union.Matches(i))
            {
                var score = _disjuncts[i].GetScore();
                sum += score;
                max = Math.Max(max, score);
            }
        }

        return (float)(max + ((sum - max) * _tieBreaker));
    }

    public override long GetCost() => _disjuncts.Sum(d => d.GetCost());
}
