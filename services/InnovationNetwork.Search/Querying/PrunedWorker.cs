using System.Collections.Concurrent;
using InnovationNetwork.Search.Querying.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// One thread's part of a pruned search (<see cref="PrunedTopHits"/>): the segments it takes from the search's
/// queue, one at a time, each scored in passes over a few postings (with the query's own scorer, so scores are
/// exactly the exhaustive ones); after each, <see cref="ScoreBound"/> says how high a document of the segment not
/// scored yet could still score (<see cref="UnscoredDocuments"/>). Once that is below the k-th best score found,
/// no unscored document can reach the page and the segment is done. First come the documents where two words
/// meet in their highest-scoring fields (<see cref="CoOccurringWords"/>); then single terms, rarest postings
/// first: a common word is rare in titles and names, where it also scores highest, so a few short passes
/// usually settle the page; where they do not, the rest of the segment is scored the ordinary way.
/// Long passes and the rest skip the blocks of documents whose bound (<see cref="ScoreBound.OfBlocks"/>) is
/// below the k-th best: many words score alike over a segment, but the documents that score highest cluster
/// in few blocks. The k-th best is this worker's or another's (<see cref="PageThreshold"/>), whichever is higher.
/// </summary>
internal sealed class PrunedWorker
{
    /// <summary>Words held together are scored ahead only where one of them is in at most this share (1/n) of the documents.</summary>
    private const int RareShareOfDocuments = 32;

    private readonly PrunedTopHits _search;
    private readonly ScoreBound _bound;
    private readonly ConcurrentQueue<PrunedSegment> _segments;
    private readonly FilteringFacetCollector _sink;
    private readonly int _k;
    private readonly float? _afterScore;
    private readonly PageThreshold _threshold;
    private readonly PriorityQueue<float, float> _best = new();
    private FixedBitSet _first = new(0);
    private FixedBitSet _second = new(0);
    private SumOfClausesScorer? _skipsBonus;
    private float[] _optionalHeadroom = [];

    /// <summary>
    /// A worker handing <paramref name="sink"/> every document of the segments it takes from
    /// <paramref name="segments"/> (shared with the search's other workers) that can make the best
    /// <paramref name="k"/> after the cursor, whose score is <paramref name="afterScore"/>.
    /// </summary>
    public PrunedWorker(PrunedTopHits search, ScoreBound bound, ConcurrentQueue<PrunedSegment> segments, FilteringFacetCollector sink, int k, float? afterScore, PageThreshold threshold)
    {
        (_search, _bound, _segments, _sink, _k, _afterScore, _threshold) = (search, bound, segments, sink, k, afterScore, threshold);
    }

    /// <summary>Whether any document matched (after the sink's filters), on this page or an earlier one.</summary>
    public bool Matched { get; private set; }

    private Query Query => _search.Query;

    /// <summary>
    /// The score a hit must reach to stay in the running: this worker's k-th best, or another's where higher
    /// (negative infinity while neither is known).
    /// </summary>
    private float Floor => _best.Count == _k ? Math.Max(_best.Peek(), _threshold.Value) : _threshold.Value;

    /// <summary>
    /// Takes segments from the search's queue until none is left, and hands the sink the documents of each that
    /// may reach the page, not in document order. The page collector may be one that expects documents in
    /// order: it only relies on that to break ties on every sort key, and the last key (the id) is unique.
    /// </summary>
    public void Run()
    {
        using var pooled = PooledPostings.Activate();
        while (_segments.TryDequeue(out var segment))
        {
            Score(segment);
        }
    }

    private void Score(PrunedSegment segment)
    {
        // Two-word passes visit few documents, so they pay even where matching goes through phrases (a phrase
        // scorer then reads ahead once per pass, not once per document).
        if (_search.Words is not null && segment.InPasses)
        {
            ScoreCoOccurrences(segment);
        }

        if (_search.TermPassesPay)
        {
            ScorePasses(segment);
        }
        else
        {
            segment.DropPasses();
        }

        if (segment.NeedsRest && !segment.Settled && MayReachThePage(segment.Unscored.Bound(_bound, Query, segment.Reader)))
        {
            ScoreRest(segment);
        }
    }

    /// <summary>The segment's single-term passes, the shortest postings first, while unscored documents may still reach the page.</summary>
    private void ScorePasses(PrunedSegment segment)
    {
        var (reader, unscored) = (segment.Reader, segment.Unscored);
        if (segment.Settled || !segment.InPasses)
        {
            return;
        }

        // With the best scores known, passes that could not settle the segment even all together are skipped.
        if (segment.NeedsRest && _best.Count == _k && unscored.Bound(_bound, Query, reader, segment.Passes) >= Floor)
        {
            segment.DropPasses();
            return;
        }

        foreach (var term in segment.Passes)
        {
            var bound = unscored.Bound(_bound, Query, reader);
            if (!MayReachThePage(bound))
            {
                segment.Settled = true;
                return;
            }

            // A long pass first rules out the blocks no unscored document of which can reach the page.
            var boundBlocks = segment.DocFreq(term) >= BlockImpacts.BlockCount(reader.MaxDoc, segment.BlockShift);
            ScoreEach(segment, TermPostings.Of(_search.View, segment.Leaf, term, reader.LiveDocs, DocsFlags.NONE), bound, boundBlocks);
            if (segment.Settled)
            {
                return;
            }

            unscored.ScoredEveryDocumentWith(term);
        }
    }

    /// <summary>
    /// Scores the documents of the segment holding the leading terms of two words together, most promising pair
    /// first, while unscored documents may still reach the page (<see cref="CoOccurringWords"/>). Only pairs
    /// where one word is rare: common words hold too many documents together to be worth scoring ahead.
    /// </summary>
    private void ScoreCoOccurrences(PrunedSegment segment)
    {
        var (reader, unscored) = (segment.Reader, segment.Unscored);
        foreach (var (first, second) in _search.Words!.Pairs(_bound, reader))
        {
            // The largest postings of a word's terms: about how many documents hold the word (they mostly overlap).
            var fewer = Math.Min(first.Max(segment.DocFreq), second.Max(segment.DocFreq));
            if ((long)fewer * RareShareOfDocuments > reader.MaxDoc || unscored.Sets * 2 > UnscoredDocuments.MaxSets)
            {
                continue;
            }

            if (!MayReachThePage(unscored.Bound(_bound, Query, reader)))
            {
                segment.Settled = true;
                return;
            }

            var both = Holding(segment, first, ref _first);
            both.And(Holding(segment, second, ref _second));
            ScoreEach(segment, both.GetIterator(), null, fewer >= BlockImpacts.BlockCount(reader.MaxDoc, segment.BlockShift));
            unscored.ScoredEveryDocumentWithBoth(first, second);
        }
    }

    /// <summary>The segment's live documents holding any of the terms, in a reused set.</summary>
    private FixedBitSet Holding(PrunedSegment segment, Term[] terms, ref FixedBitSet reused)
    {
        var reader = segment.Reader;
        if (reused.Length < reader.MaxDoc)
        {
            reused = new FixedBitSet(reader.MaxDoc);
        }
        else
        {
            reused.Clear(0, reused.Length);
        }

        foreach (var term in terms)
        {
            if (TermPostings.Of(_search.View, segment.Leaf, term, reader.LiveDocs, DocsFlags.NONE) is { } postings)
            {
                reused.Or(postings);
            }
        }

        return reused;
    }

    /// <summary>Whether a block whose documents score up to the bound (negative infinity: none can match; NaN: unknown) could still reach the page.</summary>
    private bool MayReachThePage(float bound) => !(bound < Floor);

    /// <summary>Whether a document scoring up to the bound (null: nothing can match) could still reach the page.</summary>
    private bool MayReachThePage(double? bound) => bound is { } value && value >= Floor;

    /// <summary>
    /// Scores the not yet scored documents of the segment among the given ones (in increasing order). With
    /// <paramref name="boundBlocks"/> (a long pass), once the page is full it skips the blocks no unscored
    /// document of which can reach the page; before that the block bounds would rule nothing out.
    /// </summary>
    private void ScoreEach(PrunedSegment segment, DocIdSetIterator? documents, double? settledBelow = null, bool boundBlocks = false)
    {
        if (documents is null)
        {
            return;
        }

        // The scorers are made for the first document to score: many passes find every document scored already.
        ScoreCachingWrappingScorer? scorer = null;
        var (scored, shift) = (segment.Scored, segment.BlockShift);
        float[]? blocks = null;
        var doc = documents.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (boundBlocks && blocks is null && _best.Count == _k)
            {
                // Unscored documents only get fewer: bounds taken now hold for the rest of the pass.
                blocks = segment.Unscored.BlockBounds(_bound, Query, segment.Leaf, segment.BlockShift);
            }

            // A document in a block that cannot reach the page is passed over (and stays unscored: should a
            // later pass or the rest meet it, its block still cannot reach the page, the k-th best only rising).
            if (blocks is not null && !MayReachThePage(blocks[doc >> shift]))
            {
                doc = PastBlocksBelowThePage(blocks, shift, doc, documents);
                continue;
            }

            if (scored.Get(doc))
            {
                doc = documents.NextDoc();
                continue;
            }

            // The pass started under a bound on every unscored document of the segment: once the k-th best
            // passes it, nothing left here (in this pass or after it) can reach the page.
            if (settledBelow is not null && !MayReachThePage(settledBelow))
            {
                segment.Settled = true;
                return;
            }

            scored.Set(doc);
            scorer ??= StartPass(segment);
            if (scorer is null || (scorer.DocID < doc && scorer.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS))
            {
                return;
            }

            if (scorer.DocID == doc)
            {
                Offer(doc, scorer);
            }

            doc = documents.NextDoc();
        }
    }

    /// <summary>
    /// Scores every match of the segment not scored yet that may reach the page: the ordinary search, for what
    /// the passes could not rule out, skipping blocks of documents whose bound is below the page.
    /// </summary>
    private void ScoreRest(PrunedSegment segment)
    {
        var blocks = segment.Unscored.BlockBounds(_bound, Query, segment.Leaf, segment.BlockShift);
        var first = NextBlockReachingThePage(blocks, 0);
        var scorer = first < 0 ? null : StartPass(segment);
        if (scorer is null)
        {
            return;
        }

        var (scored, shift) = (segment.Scored, segment.BlockShift);
        var doc = scorer.Advance(first << shift);
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (!MayReachThePage(blocks[doc >> shift]))
            {
                doc = PastBlocksBelowThePage(blocks, shift, doc, scorer);
                continue;
            }

            if (!scored.Get(doc))
            {
                Offer(doc, scorer);
            }

            doc = scorer.NextDoc();
        }
    }

    /// <summary>
    /// Moves the iterator, on a document whose block cannot reach the page, to its first document in the next
    /// block that may; NO_MORE_DOCS where no later block may.
    /// </summary>
    private int PastBlocksBelowThePage(float[] blocks, int shift, int doc, DocIdSetIterator iterator)
    {
        var next = NextBlockReachingThePage(blocks, (doc >> shift) + 1);
        return next < 0 ? DocIdSetIterator.NO_MORE_DOCS : iterator.Advance(next << shift);
    }

    /// <summary>The first block from <paramref name="from"/> on whose bound may reach the page; -1 if none.</summary>
    private int NextBlockReachingThePage(float[] blocks, int from)
    {
        for (var block = from; block < blocks.Length; block++)
        {
            if (MayReachThePage(blocks[block]))
            {
                return block;
            }
        }

        return -1;
    }

    private ScoreCachingWrappingScorer? StartPass(PrunedSegment segment)
    {
        var leaf = segment.Leaf;
        PooledPostings.Release(leaf.AtomicReader);
        if (_search.Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
        {
            return null;
        }

        // A document that cannot reach the page whatever its optional clauses (the proximity bonus) add is not
        // scored in full: see Offer, which tells the scorer the most they can add in the document's block.
        _skipsBonus = scorer as SumOfClausesScorer;
        if (_skipsBonus is not null)
        {
            segment.OptionalHeadroom ??= OptionalHeadroom(_skipsBonus.OptionalQueries, segment);
            _optionalHeadroom = segment.OptionalHeadroom;
        }

        // Cached: the page collector and the running k-th best both read each hit's score.
        var cached = new ScoreCachingWrappingScorer(scorer);
        _sink.SetNextReader(leaf);
        _sink.SetScorer(cached);
        return cached;
    }

    /// <summary>Per block of the segment, the most the optional clauses together can add to a document's score.</summary>
    private float[] OptionalHeadroom(IReadOnlyList<Query> optional, PrunedSegment segment)
    {
        var headroom = new float[BlockImpacts.BlockCount(Math.Max(segment.Reader.MaxDoc, 1), segment.BlockShift)];
        foreach (var query in optional)
        {
            var bounds = _bound.OfBlocks(query, PrunedTopHits.NoTerms, segment.Leaf, segment.BlockShift);
            for (var block = 0; block < headroom.Length; block++)
            {
                // Where a clause cannot match it adds nothing.
                headroom[block] += Math.Max(bounds[block], 0) * Query.Boost;
            }
        }

        return headroom;
    }

    private void Offer(int doc, Scorer scorer)
    {
        var floor = Floor;
        if (_skipsBonus is not null)
        {
            // Below the k-th best a score is dropped straight away, so it need not be exact there.
            _skipsBonus.MinCompetitiveScore = floor;
            _skipsBonus.OptionalHeadroom = _optionalHeadroom[doc >> _search.BlockShift];
        }

        var score = scorer.GetScore();
        // Below the k-th best score after the cursor, a hit cannot reach the page: the page's own k-th best is
        // at least as high. (A full set of best scores also means something matched already.)
        if (score < floor || !_sink.Offer(doc))
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
        else
        {
            return;
        }

        if (_best.Count == _k)
        {
            _threshold.Raise(_best.Peek());
        }
    }
}
