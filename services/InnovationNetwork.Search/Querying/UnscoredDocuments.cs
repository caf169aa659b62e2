using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// What a pruned search knows about the documents of a segment it has not scored yet, as sets of terms: each
/// such document lacks every term of at least one set. Scoring every document with a term adds that term to
/// each set; scoring every document with a term of one group and a term of another splits each set in two,
/// one with each group added. The highest score an unscored document could get is the highest bound over the
/// sets (<see cref="ScoreBound"/>).
/// </summary>
internal sealed class UnscoredDocuments
{
    /// <summary>Splitting doubles the sets; past this many, a search stops splitting (the bound would cost more than it saves).</summary>
    public const int MaxSets = 16;

    private List<HashSet<Term>> _lacking;

    /// <summary>Before any pass: every document lacks the terms the segment does not have.</summary>
    public UnscoredDocuments(IEnumerable<Term> absent) => _lacking = [new HashSet<Term>(absent)];

    public int Sets => _lacking.Count;

    /// <summary>Every document holding the term has been scored.</summary>
    public void ScoredEveryDocumentWith(Term term)
    {
        foreach (var lacking in _lacking)
        {
            lacking.Add(term);
        }
    }

    /// <summary>Every document holding a term of each group has been scored.</summary>
    public void ScoredEveryDocumentWithBoth(IReadOnlyCollection<Term> first, IReadOnlyCollection<Term> second)
    {
        var split = new List<HashSet<Term>>(_lacking.Count * 2);
        foreach (var lacking in _lacking)
        {
            split.Add([.. lacking, .. first]);
            split.Add([.. lacking, .. second]);
        }

        // A set holding all of another's terms describes documents the other already covers, with no higher bound.
        _lacking = split.Where((set, i) => !split.Where((other, j) => j != i && other.IsSubsetOf(set) && (other.Count < set.Count || j < i)).Any()).ToList();
    }

    /// <summary>
    /// The highest score an unscored document of the segment could get, were every document holding one of
    /// <paramref name="alsoScored"/> scored too; null when no unscored document can match.
    /// </summary>
    public double? Bound(ScoreBound bound, Query query, AtomicReader segment, IReadOnlyCollection<Term>? alsoScored = null)
    {
        double? highest = null;
        foreach (var lacking in _lacking)
        {
            var set = alsoScored is null or { Count: 0 } ? lacking : new HashSet<Term>([.. lacking, .. alsoScored]);
            if (bound.Of(query, set, segment) is { } value && (highest is null || value > highest))
            {
                highest = value;
            }
        }

        return highest;
    }

    /// <summary>
    /// Per block of 2^<paramref name="shift"/> documents: the highest score an unscored document of the block
    /// could get (<see cref="ScoreBound.OfBlocks"/>); negative infinity where none can match.
    /// </summary>
    public float[] BlockBounds(ScoreBound bound, Query query, AtomicReaderContext segment, int shift)
    {
        float[]? highest = null;
        foreach (var lacking in _lacking)
        {
            var bounds = bound.OfBlocks(query, lacking, segment, shift);
            if (highest is null)
            {
                highest = bounds;
                continue;
            }

            for (var block = 0; block < highest.Length; block++)
            {
                highest[block] = Math.Max(highest[block], bounds[block]);
            }
        }

        return highest!;
    }
}
