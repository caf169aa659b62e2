using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// Steps through the documents that at least <c>minimum</c> of some scorers match, leaving every scorer that
/// matches the current document on it. The scorers stay in the order they were given (no heap), so whoever
/// sums their scores can do so in one fixed order; their positions are kept here, read without a call.
/// </summary>
internal sealed class MatchCountUnion
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    private readonly Scorer[] _scorers;
    private readonly int[] _positions;
    private readonly int _minimum;
    private readonly int[] _smallest;

    public MatchCountUnion(Scorer[] scorers, int minimum)
    {
        _scorers = scorers;
        _positions = scorers.Select(s => s.DocID).ToArray();
        _minimum = Math.Max(1, minimum);
        _smallest = new int[_minimum];
    }

    public int Doc { get; private set; } = -1;

    /// <summary>Whether the i-th scorer matches the current document.</summary>
    public bool Matches(int i) => _positions[i] == Doc;

    public int NextDoc()
    {
        if (Doc == NoMoreDocs)
        {
            return Doc;
        }

        var lowest = NoMoreDocs;
        for (var i = 0; i < _scorers.Length; i++)
        {
            var position = _positions[i] == Doc ? _positions[i] = _scorers[i].NextDoc() : _positions[i];
            lowest = Math.Min(lowest, position);
        }

        return _minimum == 1 ? Doc = lowest : Settle();
    }

    public int Advance(int target)
    {
        var lowest = NoMoreDocs;
        for (var i = 0; i < _scorers.Length; i++)
        {
            lowest = Math.Min(lowest, AtOrAfter(i, target));
        }

        return _minimum == 1 ? Doc = lowest : Settle();
    }

    /// <summary>
    /// Moves on to the first document at least the minimum of scorers share. No document before the
    /// minimum-th smallest scorer position can be one (fewer scorers are still at or before it), so every
    /// scorer behind that position jumps to it, until enough of them land there together.
    /// </summary>
    private int Settle()
    {
        while (true)
        {
            var candidate = MinimumThSmallestPosition();
            if (candidate == NoMoreDocs)
            {
                return Doc = NoMoreDocs;
            }

            var there = 0;
            for (var i = 0; i < _scorers.Length; i++)
            {
                there += AtOrAfter(i, candidate) == candidate ? 1 : 0;
            }

            if (there >= _minimum)
            {
                return Doc = candidate;
            }
        }
    }

    /// <summary>The i-th scorer's position at or after the target: advanced there if it is behind.</summary>
    private int AtOrAfter(int i, int target) => _positions[i] < target ? _positions[i] = _scorers[i].Advance(target) : _positions[i];

    /// <summary>The minimum-th smallest position, by insertion into the smallest few seen so far.</summary>
    private int MinimumThSmallestPosition()
    {
        if (_minimum > _positions.Length)
        {
            return NoMoreDocs;
        }

        var held = 0;
        foreach (var position in _positions)
        {
            if (held == _minimum && position >= _smallest[held - 1])
            {
                continue;
            }

            var at = held == _minimum ? held - 1 : held++;
            for (; at > 0 && _smallest[at - 1] > position; at--)
            {
                _smallest[at] = _smallest[at - 1];
            }

            _smallest[at] = position;
        }

        return _smallest[_minimum - 1];
    }
}
