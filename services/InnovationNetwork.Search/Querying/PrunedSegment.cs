using Lucene.Net.Index;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// One segment's part in a pruned search (<see cref="PrunedTopHits"/>): the terms worth a pass of their own,
/// whether the rest of the segment may need scoring after them, the documents scored so far and what is known
/// of the others.
/// </summary>
internal sealed class PrunedSegment
{
    /// <summary>
    /// A pass over one term's postings advances every other scorer to each of its documents; it pays off only
    /// while the term's postings are a small share of all the query's postings in the segment.
    /// </summary>
    private const int PassShareOfPostings = 6;

    /// <summary>
    /// Up to this many documents a segment is scored in one go: every pass builds the query's scorers afresh,
    /// which costs more than scoring all of a small segment's matches (fresh writes make many such segments).
    /// </summary>
    public const int SmallSegment = 4096;

    /// <summary>
    /// Blocks of 2^9 = 512 documents for the block bounds (<see cref="BlockImpacts"/>): small enough that a
    /// block's best pairs are well below the segment's, large enough that bounding every block costs little
    /// beside scoring (a 1M-document index has about 2,000).
    /// </summary>
    public const int StandardBlockShift = 9;

    private readonly Dictionary<Term, int> _docFreqs = [];
    private FixedBitSet? _scored;

    /// <summary>
    /// The segment's passes for the query's terms; a segment of up to <paramref name="smallSegment"/> documents
    /// gets none. Its block bounds are over blocks of 2^<paramref name="blockShift"/> documents.
    /// </summary>
    public PrunedSegment(AtomicReaderContext leaf, IEnumerable<Term> terms, IndexReaderContext view, int smallSegment, int blockShift)
    {
        Leaf = leaf;
        BlockShift = blockShift;
        var absent = new List<Term>();
        foreach (var term in terms)
        {
            var docFreq = TermStates.DocFreq(view, term, leaf);
            if (docFreq == 0)
            {
                absent.Add(term);
            }
            else
            {
                _docFreqs[term] = docFreq;
            }
        }

        Unscored = new UnscoredDocuments(absent);
        if (leaf.AtomicReader.MaxDoc <= smallSegment)
        {
            NeedsRest = _docFreqs.Count > 0;
            return;
        }

        // Rarest first, while their postings stay a small share of what is left.
        var postingsLeft = _docFreqs.Values.Sum(f => (long)f);
        foreach (var (term, docFreq) in _docFreqs.OrderBy(p => p.Value))
        {
            if ((long)docFreq * PassShareOfPostings > postingsLeft)
            {
                break;
            }

            Passes.Add(term);
            postingsLeft -= docFreq;
        }

        NeedsRest = Passes.Count < _docFreqs.Count;
    }

    public AtomicReaderContext Leaf { get; }

    /// <summary>The segment's blocks hold 2^BlockShift documents each.</summary>
    public int BlockShift { get; }

    public AtomicReader Reader => Leaf.AtomicReader;

    /// <summary>Whether the segment is scored one pass at a time (not all in one go).</summary>
    public bool InPasses => Passes.Count > 0;

    /// <summary>The terms to walk one by one, rarest first.</summary>
    public List<Term> Passes { get; } = [];

    /// <summary>Whether, after the passes, the segment's other matches may still need scoring.</summary>
    public bool NeedsRest { get; private set; }

    public UnscoredDocuments Unscored { get; }

    /// <summary>Whether no document left unscored can reach the page: the segment is done.</summary>
    public bool Settled { get; set; }

    /// <summary>Per block, the most the query's optional clauses can add to a score (made when the first pass starts).</summary>
    public float[]? OptionalHeadroom { get; set; }

    /// <summary>The documents scored so far (made when the first is).</summary>
    public FixedBitSet Scored => _scored ??= new FixedBitSet(Reader.MaxDoc);

    /// <summary>How many of the segment's documents hold the term (0: none).</summary>
    public int DocFreq(Term term) => _docFreqs.GetValueOrDefault(term);

    /// <summary>Gives up the passes for scoring the rest of the segment the ordinary way.</summary>
    public void DropPasses()
    {
        Passes.Clear();
        NeedsRest = true;
    }
}
