using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// The documents where a phrase of distinct terms matches within its slop, scored as Lucene's phrase scorers
/// score them: each match weighs 1 / (distance + 1) (1 for an exact match), found the way Lucene's sloppy
/// phrase scorer finds them (always moving on the term that is furthest behind), so the frequency and the
/// score are the same as Lucene's, exact phrases included. Lucene's scorers are not open to other code; this
/// one takes pooled enumerators (<see cref="PooledPostings"/>).
/// </summary>
internal sealed class PhrasePositionsScorer : Scorer
{
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    /// <summary>The terms, the rarest first: the rarest leads the search for documents holding them all.</summary>
    private readonly TermPositions[] _terms;
    private readonly int _slop;
    private readonly Similarity.SimScorer _scorer;
    private readonly bool[] _queued;
    private int _doc = -1;
    private int _matches;
    private int _end;

    public PhrasePositionsScorer(Weight weight, TermPositions[] terms, int slop, Similarity.SimScorer scorer)
        : base(weight)
    {
        _terms = terms.OrderBy(t => t.DocFreq).ThenBy(t => t.Offset).ToArray();
        _slop = slop;
        _scorer = scorer;
        _queued = new bool[terms.Length];
    }

    /// <summary>The phrase's frequency in the current document: its matches, each weighed by its distance.</summary>
    public float PhraseFrequency { get; private set; }

    public override int DocID => _doc;

    public override int Freq => _matches;

    public override int NextDoc() => _doc == NoMoreDocs ? NoMoreDocs : Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            var doc = AllTermsFrom(target);
            if (doc == NoMoreDocs)
            {
                return _doc = NoMoreDocs;
            }

            PhraseFrequency = Frequency();
            if (PhraseFrequency > 0)
            {
                return _doc = doc;
            }

            target = doc + 1;
        }
    }

    public override float GetScore() => _scorer.Score(_doc, PhraseFrequency);

    public override long GetCost() => _terms[0].Postings.GetCost();

    /// <summary>The first document from the target on that holds every term, with every term's postings on it.</summary>
    private int AllTermsFrom(int target)
    {
        var doc = AtOrAfter(_terms[0].Postings, target);
        for (var i = 1; i < _terms.Length && doc != NoMoreDocs;)
        {
            var other = AtOrAfter(_terms[i].Postings, doc);
            if (other == doc)
            {
                i++;
                continue;
            }

            doc = AtOrAfter(_terms[0].Postings, other);
            i = 1;
        }

        return doc;
    }

    private static int AtOrAfter(DocsAndPositionsEnum postings, int target) => postings.DocID < target ? postings.Advance(target) : postings.DocID;

    /// <summary>
    /// Lucene's sloppy phrase frequency for distinct terms: take the term whose phrase position (its position less
    /// its offset in the phrase) is lowest, move it on, and count a match each time that term passes the next
    /// lowest, weighed by the shortest span seen meanwhile, if within the slop.
    /// </summary>
    private float Frequency()
    {
        _end = int.MinValue;
        for (var i = 0; i < _terms.Length; i++)
        {
            var term = _terms[i];
            term.Left = term.Postings.Freq;
            NextPosition(term);
            _queued[i] = true;
        }

        var frequency = 0f;
        _matches = 0;
        var current = PopLowest();
        var matchLength = _end - _terms[current].Position;
        var next = _terms[Lowest()].Position;
        while (NextPosition(_terms[current]))
        {
            if (_terms[current].Position > next)
            {
                if (matchLength <= _slop)
                {
                    frequency += _scorer.ComputeSlopFactor(matchLength);
                    _matches++;
                }

                _queued[current] = true;
                current = PopLowest();
                next = _terms[Lowest()].Position;
                matchLength = _end - _terms[current].Position;
            }
            else
            {
                matchLength = Math.Min(matchLength, _end - _terms[current].Position);
            }
        }

        if (matchLength <= _slop)
        {
            frequency += _scorer.ComputeSlopFactor(matchLength);
            _matches++;
        }

        return frequency;
    }

    /// <summary>Moves the term to its next position in the document, if it has one left; the furthest position so far is the end.</summary>
    private bool NextPosition(TermPositions term)
    {
        if (term.Left-- <= 0)
        {
            return false;
        }

        term.Position = term.Postings.NextPosition() - term.Offset;
        _end = Math.Max(_end, term.Position);
        return true;
    }

    /// <summary>Takes the queued term with the lowest phrase position (the lower offset on a tie) out of the queue.</summary>
    private int PopLowest()
    {
        var lowest = Lowest();
        _queued[lowest] = false;
        return lowest;
    }

    /// <summary>The queued term with the lowest phrase position, the lower offset first on a tie (offsets are distinct).</summary>
    private int Lowest()
    {
        var lowest = -1;
        for (var i = 0; i < _terms.Length; i++)
        {
            if (_queued[i] && (lowest < 0 || _terms[i].Position < _terms[lowest].Position
                || (_terms[i].Position == _terms[lowest].Position && _terms[i].Offset < _terms[lowest].Offset)))
            {
                lowest = i;
            }
        }

        return lowest;
    }

    /// <summary>One term of the phrase: its positions, its offset in the phrase, and where it is in the current document.</summary>
    internal sealed class TermPositions(DocsAndPositionsEnum postings, int offset, int docFreq)
    {
        public DocsAndPositionsEnum Postings { get; } = postings;

        public int Offset { get; } = offset;

        public int DocFreq { get; } = docFreq;

        /// <summary>The current position less the offset.</summary>
        public int Position { get; set; }

        /// <summary>Positions not yet read in the current document.</summary>
        public int Left { get; set; }
    }
}
