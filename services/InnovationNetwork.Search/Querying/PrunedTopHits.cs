using InnovationNetwork.Search.Querying.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// The best <c>k</c> hits of a query without scoring every match, for searches that need no total and no
/// facets. Per segment, the query's terms are taken rarest first: each pass scores (with the query's own
/// scorer, so scores are exactly the exhaustive ones) only the documents in one term's postings, then asks
/// <see cref="ScoreBound"/> how high a document holding none of the terms passed so far could still score.
/// Once that is below the k-th best score found, no unscored document can reach the page and the segment is
/// done. A common word is rare in titles and names, where it also scores highest, so a few short passes
/// usually settle the page; when they do not, the rest of the segment is scored the ordinary way.
/// </summary>
internal sealed class PrunedTopHits
{
    /// <summary>
    /// A pass over one term's postings advances every other scorer to each of its documents; it pays off only
    /// while the term's postings are a small share of all the query's postings in the segment.
    /// </summary>
    private const int PassShareOfPostings = 6;

    private static readonly HashSet<Term> NoTerms = [];

    private readonly Query _query;
    private readonly IndexReaderContext _view;
    private readonly Weight _weight;
    private readonly ScoreBound _bound;
    private readonly Term[] _terms;
    private readonly bool _termPassesPay;
    private readonly PriorityQueue<float, float> _best = new();
    private FilteringFacetCollector _sink = null!;
    private float? _afterScore;
    private int _k;
    private FixedBitSet _seen = new(0);
    private SumOfClausesScorer? _skipsBonus;

    private PrunedTopHits(IndexSearcher searcher, Query rewritten, ScoreBound bound)
    {
        _query = rewritten;
        _view = searcher.TopReaderContext;
        _weight = searcher.CreateNormalizedWeight(rewritten);
        _bound = bound;
        var terms = new HashSet<Term>();
        ScoreBound.CollectTerms(rewritten, terms);
        _terms = terms.ToArray();
        _termPassesPay = !MatchesThroughPhrases(rewritten);
    }

    /// <summary>Whether any document matched (after the sink's filters), on this page or an earlier one.</summary>
    public bool Matched { get; private set; }

    /// <summary>
    /// A pruned search for a query the searcher has rewritten, or null where pruning does not apply (not BM25,
    /// or a part without a bound).
    /// </summary>
    public static PrunedTopHits? For(IndexSearcher searcher, Query rewritten)
    {
        if (searcher.Similarity is not BM25Similarity similarity)
        {
            return null;
        }

        var bound = new ScoreBound(searcher, similarity);
        return double.IsPositiveInfinity(bound.Of(rewritten, new HashSet<Term>(), null) ?? 0) ? null : new PrunedTopHits(searcher, rewritten, bound);
    }

    /// <summary>
    /// Hands the sink every document that can make the best <paramref name="k"/> after the cursor (and some
    /// that cannot), segment by segment and not in document order; <paramref name="afterScore"/> is the
    /// cursor's score. The page collector may be one that expects documents in order: it only relies on that
    /// to break ties on every sort key, and the last key (the id) is unique.
    /// </summary>
    /// <returns>Whether any document matched the query and the sink's filters.</returns>
    public bool Collect(IndexSearcher searcher, FilteringFacetCollector sink, int k, float? afterScore)
    {
        (_sink, _k, _afterScore) = (sink, k, afterScore);
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            CollectSegment(leaf);
        }

        return Matched;
    }

    private void CollectSegment(AtomicReaderContext leaf)
    {
        var reader = leaf.AtomicReader;
        var absent = new HashSet<Term>();
        var present = new List<(Term Term, int DocFreq)>();
        foreach (var term in _terms)
        {
            var docFreq = TermStates.DocFreq(_view, term, leaf);
            if (docFreq == 0)
            {
                absent.Add(term);
            }
            else
            {
                present.Add((term, docFreq));
            }
        }

        if (_seen.Length < reader.MaxDoc)
        {
            _seen = new FixedBitSet(reader.MaxDoc);
        }
        else
        {
            _seen.Clear(0, _seen.Length);
        }

        // The terms worth a pass of their own: rarest first, while their postings stay a small share of what is left.
        var passes = new List<Term>();
        var postingsLeft = present.Sum(p => (long)p.DocFreq);
        foreach (var (term, docFreq) in present.OrderBy(p => p.DocFreq))
        {
            if ((long)docFreq * PassShareOfPostings > postingsLeft)
            {
                break;
            }

            passes.Add(term);
            postingsLeft -= docFreq;
        }

        // With the best scores known, passes that could not settle the segment even all together are skipped.
        var rest = passes.Count < present.Count;
        if (!_termPassesPay || (rest && _best.Count == _k && _bound.Of(_query, new HashSet<Term>(absent.Concat(passes)), reader) >= _best.Peek()))
        {
            rest = true;
            passes.Clear();
        }

        foreach (var term in passes)
        {
            if (_bound.Of(_query, absent, reader) is not { } bound || (_best.Count == _k && bound < _best.Peek()))
            {
                return;
            }

            ScorePostingsOf(leaf, term);
            absent.Add(term);
        }

        if (rest && _bound.Of(_query, absent, reader) is { } restBound && (_best.Count < _k || restBound >= _best.Peek()))
        {
            ScoreRest(leaf);
        }
    }

    /// <summary>
    /// Whether matching goes through a phrase (a quoted phrase, or a synonym's phrases standing for a word).
    /// Moving a phrase scorer to a given document reads positions: on the 1M index a synonym's phrases made
    /// each document of a pass cost about 25 µs, far more than stepping through the matches in order.
    /// </summary>
    private static bool MatchesThroughPhrases(Query query) => query switch
    {
        PhraseQuery => true,
        DisjunctionMaxQuery any => any.Disjuncts.Any(MatchesThroughPhrases),
        BooleanQuery boolean => PostingsMatches.Considered(boolean).Any(c => c.Occur != Occur.MUST_NOT && MatchesThroughPhrases(c.Query)),
        _ => false,
    };

    /// <summary>Scores the not yet scored documents that contain the term.</summary>
    private void ScorePostingsOf(AtomicReaderContext leaf, Term term)
    {
        var scorer = StartPass(leaf);
        var postings = TermPostings.Of(leaf.AtomicReader, term, leaf.AtomicReader.LiveDocs, DocsFlags.NONE);
        if (scorer is null || postings is null)
        {
            return;
        }

        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            if (_seen.Get(doc))
            {
                continue;
            }

            _seen.Set(doc);
            if (scorer.DocID < doc && scorer.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (scorer.DocID == doc)
            {
                Offer(doc, scorer);
            }
        }
    }

    /// <summary>Scores every match of the segment not scored yet: the ordinary search, for what pruning could not rule out.</summary>
    private void ScoreRest(AtomicReaderContext leaf)
    {
        var scorer = StartPass(leaf);
        if (scorer is null)
        {
            return;
        }

        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            if (!_seen.Get(doc))
            {
                Offer(doc, scorer);
            }
        }
    }

    private ScoreCachingWrappingScorer? StartPass(AtomicReaderContext leaf)
    {
        if (_weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
        {
            return null;
        }

        // A document that cannot reach the page whatever its optional clauses (the proximity bonus) add is not
        // scored in full: see Offer.
        _skipsBonus = scorer as SumOfClausesScorer;
        if (_skipsBonus is not null)
        {
            _skipsBonus.OptionalHeadroom = _skipsBonus.OptionalQueries.Sum(q => _bound.Of(q, NoTerms, leaf.AtomicReader) ?? 0) * _query.Boost;
        }

        // Cached: the page collector and the running k-th best both read each hit's score.
        var cached = new ScoreCachingWrappingScorer(scorer);
        _sink.SetNextReader(leaf);
        _sink.SetScorer(cached);
        return cached;
    }

    private void Offer(int doc, Scorer scorer)
    {
        if (_skipsBonus is not null)
        {
            // Below the k-th best a score is dropped straight away, so it need not be exact there.
            _skipsBonus.MinCompetitiveScore = _best.Count == _k ? _best.Peek() : float.NegativeInfinity;
        }

        var score = scorer.GetScore();
        // Below the k-th best score after the cursor, a hit cannot reach the page: the page collector's own
        // k-th best is at least as high. (A full set of best scores also means something matched already.)
        if (_best.Count == _k && score < _best.Peek())
        {
            return;
        }

        if (!_sink.Offer(doc))
        {
            return;
        }

        Matched = true;
        // A hit scoring the same as the cursor may fall either side of it: only those clearly after it count.
        if (_afterScore is { } after && score >= after)
        {
            return;
        }

        if (_best.Count < _k)
        {
            _best.Enqueue(score, score);
        }
        else if (score > _best.Peek())
        {
            _best.DequeueEnqueue(score, score);
        }
    }
}
