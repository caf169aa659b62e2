using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// A boolean query's scorer: documents every required clause matches (or, with none required, that enough
/// optional ones match), at least the minimum of optional clauses, no prohibited one; scored as the sum of
/// the matching clauses in clause order, times the similarity's coordination factor.
/// </summary>
internal sealed class SumOfClausesScorer : Scorer
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    private readonly Scorer[] _required;
    private readonly Scorer[] _optional;
    private readonly Scorer[] _prohibited;
    private readonly int _minimumOptional;
    private readonly float[] _coordination;
    private readonly Scorer[] _byCost;
    private readonly MatchCountUnion? _union;
    private readonly float _highestCoordination;
    private int _doc = -1;

    /// <summary>The coordination factors are indexed by the number of matching clauses, from none to every clause.</summary>
    public SumOfClausesScorer(Weight weight, Scorer[] required, (Scorer Scorer, Query Query)[] optional, Scorer[] prohibited, int minimumOptional, float[] coordination)
        : base(weight)
    {
        (_required, _prohibited, _minimumOptional, _coordination) = (required, prohibited, minimumOptional, coordination);
        _optional = optional.Select(o => o.Scorer).ToArray();
        OptionalQueries = optional.Select(o => o.Query).ToArray();
        _highestCoordination = coordination.Max();
        // The cheapest required clause leads the conjunction; with none, the optional ones' union leads.
        _byCost = required.OrderBy(s => s.GetCost()).ToArray();
        _union = required.Length == 0 ? new MatchCountUnion(_optional, minimumOptional) : null;
    }

    /// <summary>The optional clauses' queries, in the order of their scorers.</summary>
    public IReadOnlyList<Query> OptionalQueries { get; }

    /// <summary>
    /// For a caller that drops every score below this: a document whose required clauses, with the most the
    /// optional ones could add (<see cref="OptionalHeadroom"/>), stay below it gets negative infinity instead
    /// of its score, and the optional clauses are not read (the proximity bonus reads positions).
    /// </summary>
    public float MinCompetitiveScore { get; set; } = float.NegativeInfinity;

    /// <summary>An upper bound of the optional clauses' summed scores in this segment (infinity: unknown).</summary>
    public double OptionalHeadroom { get; set; } = double.PositiveInfinity;

    public override int DocID => _doc;

    public override int Freq => _required.Length + Enumerable.Range(0, _optional.Length).Count(OptionalMatches);

    public override int NextDoc() => _doc == NoMoreDocs ? _doc : Settle(_union?.NextDoc() ?? _byCost[0].NextDoc());

    public override int Advance(int target) => Settle(_union?.Advance(target) ?? _byCost[0].Advance(target));

    public override float GetScore()
    {
        double sum = 0;
        var matching = _required.Length;
        foreach (var required in _required)
        {
            sum += required.GetScore();
        }

        if (matching > 0 && (sum + OptionalHeadroom) * _highestCoordination < MinCompetitiveScore)
        {
            return float.NegativeInfinity;
        }

        for (var i = 0; i < _optional.Length; i++)
        {
            if (OptionalMatches(i))
            {
                sum += _optional[i].GetScore();
                matching++;
            }
        }

        return (float)(sum * _coordination[matching]);
    }

    public override long GetCost() => _union is null ? _byCost[0].GetCost() : _optional.Sum(o => o.GetCost());

    /// <summary>From the leader's next document on, the first that every condition holds for.</summary>
    private int Settle(int doc)
    {
        while (doc != NoMoreDocs)
        {
            if (_union is null && AllRequiredAt(ref doc))
            {
                continue;
            }

            if (EnoughOptionalAt(doc) && !ProhibitedAt(doc))
            {
                return _doc = doc;
            }

            doc = _union?.NextDoc() ?? _byCost[0].NextDoc();
        }

        return _doc = NoMoreDocs;
    }

    /// <summary>
    /// Leapfrogs the required clauses from the leader's document. Returns true when a clause jumped past it
    /// (the leader has then moved to that clause's document, now in <paramref name="doc"/>: check again).
    /// </summary>
    private bool AllRequiredAt(ref int doc)
    {
        for (var i = 1; i < _byCost.Length; i++)
        {
            var other = AtOrAfter(_byCost[i], doc);
            if (other > doc)
            {
                doc = _byCost[0].Advance(other);
                return true;
            }
        }

        return false;
    }

    /// <summary>With required clauses, the optional minimum is checked per document; the union already holds it.</summary>
    private bool EnoughOptionalAt(int doc)
    {
        if (_union is not null || _minimumOptional <= 0)
        {
            return true;
        }

        var matching = 0;
        foreach (var optional in _optional)
        {
            matching += MovedTo(optional, doc) ? 1 : 0;
        }

        return matching >= _minimumOptional;
    }

    /// <summary>Whether the i-th optional clause matches the current document (moved there if it was behind).</summary>
    private bool OptionalMatches(int i) => _union?.Matches(i) ?? MovedTo(_optional[i], _doc);

    /// <summary>Whether a prohibited clause matches the document. A loop: asked for every candidate, a lambda capturing the document allocated each time.</summary>
    private bool ProhibitedAt(int doc)
    {
        foreach (var prohibited in _prohibited)
        {
            if (MovedTo(prohibited, doc))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the scorer matches the document, moving it there if it is behind.</summary>
    private static bool MovedTo(Scorer scorer, int doc) => AtOrAfter(scorer, doc) == doc;

    /// <summary>The scorer's document at or after the target: advanced there if it is behind, left where it is otherwise.</summary>
    private static int AtOrAfter(Scorer scorer, int target) => scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
}
