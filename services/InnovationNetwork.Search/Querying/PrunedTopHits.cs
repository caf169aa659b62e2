using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// The best <c>k</c> hits of a query without scoring every match, for searches that need no total and no
/// facets (<see cref="PrunedWorker"/> says how). On a large index two workers on two threads take the segments
/// from one queue, each the next as soon as it is done with its last: how much work a segment is depends on
/// where the best hits are, which is not known in advance (segments dealt out up front by their postings left
/// one worker waiting on the other for a quarter of the search). The workers share their k-th best scores
/// (<see cref="PageThreshold"/>), and each fills its own page collector; the caller merges the pages. Whole
/// segments rather than parts of each: a worker's passes and bounds are set up per segment, and cutting every
/// segment in two (halves, or chunks dealt in turn) made that setup cost more than the better balance saved.
/// </summary>
internal sealed class PrunedTopHits
{
    /// <summary>
    /// At most this many workers: the machines this service runs on have two cores, where two workers already
    /// each run 15-30% slower than one alone (docs/benchmarks.md); more would each get fewer segments.
    /// </summary>
    private const int MaxWorkers = 2;

    /// <summary>Below this many documents a search stays on one thread: the thread hand-off would cost more than it saves.</summary>
    private const int ParallelFromDocuments = 100_000;

    /// <summary>Blocks of 2^4 = 16 documents where tests ask for passes in every segment: their indexes are small.</summary>
    private const int InEverySegmentBlockShift = 4;

    /// <summary>No terms absent: a bound over every document.</summary>
    internal static readonly HashSet<Term> NoTerms = [];

    private readonly IndexSearcher _searcher;
    private readonly BM25Similarity _similarity;
    private readonly ScoreBound _bound;
    private readonly Pruning _pruning;
    private readonly int _smallSegment;
    private readonly Term[] _terms;

    private PrunedTopHits(IndexSearcher searcher, BM25Similarity similarity, ScoreBound bound, Query rewritten, Pruning pruning)
    {
        (_searcher, _similarity, _bound, _pruning) = (searcher, similarity, bound, pruning);
        _smallSegment = pruning == Pruning.InEverySegment ? 0 : PrunedSegment.SmallSegment;
        BlockShift = pruning == Pruning.InEverySegment ? InEverySegmentBlockShift : PrunedSegment.StandardBlockShift;
        Query = rewritten;
        View = searcher.TopReaderContext;
        Weight = searcher.CreateNormalizedWeight(rewritten);
        var terms = new HashSet<Term>();
        ScoreBound.CollectTerms(rewritten, terms);
        _terms = terms.ToArray();
        TermPassesPay = !MatchesThroughPhrases(rewritten);
        Words = CoOccurringWords.Of(rewritten);
    }

    /// <summary>The query, rewritten by the searcher.</summary>
    public Query Query { get; }

    /// <summary>The searcher's view of the index, whose statistics the scores use.</summary>
    public IndexReaderContext View { get; }

    /// <summary>The query's weight, shared by the workers (a weight's scorers are made per segment and thread).</summary>
    public Weight Weight { get; }

    /// <summary>The words a match must hold together, or null (<see cref="CoOccurringWords"/>).</summary>
    public CoOccurringWords? Words { get; }

    /// <summary>Whether single-term passes pay: not where matching goes through phrases (see <see cref="MatchesThroughPhrases"/>).</summary>
    public bool TermPassesPay { get; }

    /// <summary>Blocks of 2^BlockShift documents for the block bounds.</summary>
    public int BlockShift { get; }

    /// <summary>
    /// A pruned search for a query the searcher has rewritten, or null where pruning does not apply (not BM25,
    /// or a part without a bound).
    /// </summary>
    public static PrunedTopHits? For(IndexSearcher searcher, Query rewritten, Pruning pruning)
    {
        if (searcher.Similarity is not BM25Similarity similarity)
        {
            return null;
        }

        var bound = new ScoreBound(searcher, similarity);
        return double.IsPositiveInfinity(bound.Of(rewritten, NoTerms, null) ?? 0) ? null : new PrunedTopHits(searcher, similarity, bound, rewritten, pruning);
    }

    /// <summary>
    /// Hands each worker's sink (one from <paramref name="newSink"/> per worker) every document of its segments
    /// that can make the best <paramref name="k"/> after the cursor (and some that cannot);
    /// <paramref name="afterScore"/> is the cursor's score. The page is the best of the sinks' pages.
    /// </summary>
    /// <returns>Whether any document matched the query and the sinks' filters.</returns>
    public bool Collect(Func<FilteringFacetCollector> newSink, int k, float? afterScore)
    {
        var threshold = new PageThreshold();
        var segments = new ConcurrentQueue<PrunedSegment>(Segments());
        var workers = Enumerable.Range(0, Math.Min(WorkerCount(), Math.Max(segments.Count, 1)))
            .Select(_ => new PrunedWorker(this, new ScoreBound(_searcher, _similarity), segments, newSink(), k, afterScore, threshold))
            .ToArray();
        Run(workers);
        return workers.Any(w => w.Matched);
    }

    private int WorkerCount() => _pruning == Pruning.InEverySegment
        ? MaxWorkers
        : _searcher.IndexReader.MaxDoc >= ParallelFromDocuments ? Math.Min(Environment.ProcessorCount, MaxWorkers) : 1;

    /// <summary>
    /// The segments that may match, in the order the workers take them: the highest score they could hold first.
    /// Documents of one kind (such as projects) tend to share segments and score alike, and the best scores
    /// found early rule out whole segments later.
    /// </summary>
    internal List<PrunedSegment> Segments()
    {
        var segments = new List<(PrunedSegment Segment, double Bound)>();
        foreach (var leaf in View.Leaves)
        {
            if (_bound.Of(Query, NoTerms, leaf.AtomicReader) is { } segmentBound)
            {
                segments.Add((new PrunedSegment(leaf, _terms, View, _smallSegment, BlockShift), segmentBound));
            }
        }

        return segments.OrderByDescending(s => s.Bound).Select(s => s.Segment).ToList();
    }

    /// <summary>
    /// Runs the first worker on this thread and the others on the thread pool. A worker the pool has not started
    /// by the time this thread is free runs here too, so a busy pool delays a search but cannot stall it.
    /// </summary>
    private static void Run(PrunedWorker[] workers)
    {
        if (workers.Length <= 1)
        {
            workers.FirstOrDefault()?.Run();
            return;
        }

        var claimed = new int[workers.Length];
        void RunOnce(int worker)
        {
            if (Interlocked.Exchange(ref claimed[worker], 1) == 0)
            {
                workers[worker].Run();
            }
        }

        var others = Enumerable.Range(1, workers.Length - 1).Select(w => Task.Run(() => RunOnce(w))).ToArray();
        Exception? failure = null;
        try
        {
            for (var worker = 0; worker < workers.Length; worker++)
            {
                RunOnce(worker);
            }
        }
        catch (Exception e)
        {
            failure = e;
        }

        // Every worker is done before the search returns (and its searcher is released), failed or not.
        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException e)
        {
            failure ??= e.InnerException;
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
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
}
