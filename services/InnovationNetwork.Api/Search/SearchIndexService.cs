using System.Diagnostics;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;

namespace InnovationNetwork.Api.Search;

/// <summary>
/// The search index of one process, kept in step with the store. <see cref="RunAsync"/> (a background
/// worker) checks the index at start-up (missing, unreadable, another format, or ahead of the store: rebuilt
/// into a fresh folder and swapped in; behind: caught up), then follows the store's change feed: each page of
/// changes is applied, made searchable, and committed every few seconds with the sequence it reached. A
/// crash loses only uncommitted index work, which the feed replays. Searches may run on any thread.
/// </summary>
public sealed class SearchIndexService : IDisposable
{
    private readonly IGraphStore _store;
    private readonly SearchOptions _options;
    private readonly ILogger _logger;
    private readonly IndexFolders _folders;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _waitersLock = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> _waiters = [];
    private const string InStep = "the search index is in step with the store";

    private IDisposable? _claim;
    private LuceneIndex? _index;
    private SearchView _view = new(SynonymGroups.Empty, RegionHierarchy.Empty);
    private long _searchable = -1;
    private SearchIndexStatus _status = new(SearchIndexState.Starting, -1, -1, 0, 0, "checking the search index");

    public SearchIndexService(IGraphStore store, SearchOptions options, ILogger<SearchIndexService> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.IndexDirectory);
        _store = store;
        _options = options;
        _logger = logger;
        _folders = new IndexFolders(options.IndexDirectory);
    }

    public SearchIndexStatus Status => Volatile.Read(ref _status);

    /// <summary>The last change sequence whose effects searches can see (-1 before the index is open).</summary>
    public long SearchableSequence => Interlocked.Read(ref _searchable);

    /// <exception cref="SearchInputException">The text or cursor cannot be searched.</exception>
    /// <exception cref="SearchUnavailableException">No index is open yet.</exception>
    public SearchResults Search(SearchRequest request)
    {
        var view = Volatile.Read(ref _view);
        return OpenIndex().Search(searcher => SearchExecutor.Run(searcher, request, view.Synonyms, view.Regions));
    }

    /// <summary>A region's name as the index's view of the hierarchy has it (for facet labels).</summary>
    public string? RegionName(string regionId) => Volatile.Read(ref _view).Regions.NameOf(regionId);

    /// <exception cref="SearchInputException">The prefix is too long.</exception>
    /// <exception cref="SearchUnavailableException">No index is open yet.</exception>
    public IReadOnlyList<SuggestionResult> Suggest(SuggestRequest request) =>
        OpenIndex().Search(searcher => Suggester.Run(searcher, request));

    /// <summary>Completes once searches see every change up to <paramref name="sequence"/> (a write's commit sequence).</summary>
    public Task WaitUntilSearchableAsync(long sequence, CancellationToken cancellationToken = default)
    {
        if (SearchableSequence >= sequence)
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersLock)
        {
            _waiters.Add((sequence, done));
        }

        CompleteWaiters();
        Wake();
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for searches to see the change; false when they do not by then (the
    /// write is committed either way). Cancelling <paramref name="cancellationToken"/> throws, as usual.
    /// </summary>
    public async Task<bool> TryWaitUntilSearchableAsync(long sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await WaitUntilSearchableAsync(sequence, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Asks the follower to look at the change feed now rather than at its next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it first: one wake-up is enough.
            }
        }
    }

    /// <summary>Opens or rebuilds the index, then follows the change feed until stopped; failures are retried.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var retryDelay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _claim ??= _folders.TryClaim() ?? throw new IOException(
                    $"the search index in {_folders.Root} is held by another process (another service instance, or a running reindex)");
                _index ??= await OpenOrRebuildAsync(stoppingToken);
                await FollowAsync(_index, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The follower must outlive any one failure (store busy, disk full): it reports and retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                SearchLog.UpdateFailed(_logger, e, retryDelay.TotalSeconds);
                SetStatus(SearchIndexState.Failed, $"the last index update failed ({e.Message}); retrying");
                await Task.Delay(retryDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }

        if (_index is { } index && SearchableSequence > index.CommittedSequence)
        {
            index.Commit(SearchableSequence);
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _claim?.Dispose();
        _wake.Dispose();
    }

    private LuceneIndex OpenIndex() =>
        Volatile.Read(ref _index) ?? throw new SearchUnavailableException($"search is not available yet: {Status.Message}");

    private async Task<LuceneIndex> OpenOrRebuildAsync(CancellationToken cancellationToken)
    {
        var storeSequence = await _store.GetLastSequenceAsync(cancellationToken);
        var current = _folders.Current;
        var inspection = IndexInspection.Of(current);
        var problem = inspection.Problem ?? (inspection.Sequence > storeSequence
            ? $"the index reflects change {inspection.Sequence} but the store's last change is {storeSequence}, so it was built from another store"
            : null);
        LuceneIndex index;
        if (problem is null)
        {
            _folders.DeleteAllExcept(current);
            index = LuceneIndex.Open(current!);
            SearchLog.Opened(_logger, index.CommittedSequence, storeSequence);
        }
        else
        {
            SearchLog.Rebuilding(_logger, problem);
            SetStatus(SearchIndexState.Building, $"rebuilding the search index because {problem}", storeSequence: storeSequence);
            var progress = BuildProgress(problem, storeSequence);
            var watch = Stopwatch.StartNew();
            index = await IndexBuild.RebuildAsync(_store, _folders, progress, cancellationToken);
            SearchLog.Rebuilt(_logger, watch.Elapsed.TotalSeconds);
        }

        Volatile.Write(ref _view, await SearchView.LoadAsync(_store, cancellationToken));
        Volatile.Write(ref _index, index);
        // The status first: whoever a searchable sequence wakes must find it already describing the index.
        SetStatus(
            index.CommittedSequence >= storeSequence ? SearchIndexState.Ready : SearchIndexState.CatchingUp,
            index.CommittedSequence >= storeSequence ? InStep : $"applying store changes {index.CommittedSequence + 1}–{storeSequence}",
            storeSequence,
            applied: index.CommittedSequence);
        SetSearchable(index.CommittedSequence);
        return index;
    }

    private async Task FollowAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        var sinceCommit = Stopwatch.StartNew();
        while (true)
        {
            var storeSequence = await _store.GetLastSequenceAsync(cancellationToken);
            if (storeSequence - SearchableSequence > _options.RebuildBehindChanges)
            {
                index = await RebuildWhileServingAsync(storeSequence, cancellationToken);
                continue;
            }

            var behind = storeSequence > SearchableSequence;
            if (behind)
            {
                SetStatus(SearchIndexState.CatchingUp, $"applying store changes {SearchableSequence + 1}–{storeSequence}", storeSequence: storeSequence);
                var page = await _store.GetChangesAsync(SearchableSequence, _options.ChangeBatchSize, cancellationToken);
                var view = Volatile.Read(ref _view);
                var applied = await ChangeApplier.ApplyAsync(_store, index, page.Changes, view.Regions, cancellationToken);
                var synonyms = applied.SkillsChanged ? await SkillSynonymSource.LoadAsync(_store, cancellationToken) : view.Synonyms;
                Volatile.Write(ref _view, new SearchView(synonyms, applied.Regions));
                index.Refresh();
                if (!page.HasMore && page.LastSequence >= storeSequence)
                {
                    SetStatus(SearchIndexState.Ready, InStep, page.LastSequence, applied: page.LastSequence);
                }

                SetSearchable(page.LastSequence);
                if (page.HasMore)
                {
                    continue;
                }
            }

            if (SearchableSequence > index.CommittedSequence && (sinceCommit.Elapsed.TotalSeconds >= _options.CommitSeconds || !behind))
            {
                index.Commit(SearchableSequence);
                sinceCommit.Restart();
            }

            SetStatus(SearchIndexState.Ready, InStep, storeSequence: Math.Max(storeSequence, SearchableSequence));
            await _wake.WaitAsync(_options.PollMilliseconds, cancellationToken);
        }
    }

    /// <summary>
    /// Rebuilds from the store into a fresh folder while searches keep using the current index, then swaps the
    /// new one in. The old one is closed a little later, so searches that picked it up just before the swap finish.
    /// </summary>
    private async Task<LuceneIndex> RebuildWhileServingAsync(long storeSequence, CancellationToken cancellationToken)
    {
        var problem = $"the store is {storeSequence - SearchableSequence:N0} changes ahead of it, more than Search:RebuildBehindChanges " +
            $"({_options.RebuildBehindChanges:N0}); searches use the index as of change {SearchableSequence} meanwhile";
        SearchLog.Rebuilding(_logger, problem);
        var progress = BuildProgress(problem, storeSequence);
        SetStatus(SearchIndexState.Building, $"rebuilding the search index because {problem}", storeSequence: storeSequence);
        var watch = Stopwatch.StartNew();
        var rebuilt = await IndexBuild.RebuildAsync(_store, _folders, progress, cancellationToken);
        SearchLog.Rebuilt(_logger, watch.Elapsed.TotalSeconds);
        Volatile.Write(ref _view, await SearchView.LoadAsync(_store, cancellationToken));
        var replaced = Interlocked.Exchange(ref _index, rebuilt);
        SetSearchable(Math.Max(rebuilt.CommittedSequence, SearchableSequence));
        _ = Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None).ContinueWith(_ => Discard(replaced), TaskScheduler.Default);
        return rebuilt;
    }

    private void Discard(LuceneIndex? replaced)
    {
        try
        {
            replaced?.Discard();
        }
#pragma warning disable CA1031 // Its folder is already gone; a failure to close it must not reach the follower.
        catch (Exception e)
#pragma warning restore CA1031
        {
            SearchLog.DiscardFailed(_logger, e);
        }
    }

    private void SetSearchable(long sequence)
    {
        Interlocked.Exchange(ref _searchable, sequence);
        CompleteWaiters();
    }

    private void CompleteWaiters()
    {
        var searchable = SearchableSequence;
        lock (_waitersLock)
        {
            foreach (var waiter in _waiters.Where(w => w.Sequence <= searchable))
            {
                waiter.Done.TrySetResult();
            }

            _waiters.RemoveAll(w => w.Sequence <= searchable);
        }
    }

    /// <summary>
    /// Reports a rebuild's progress as it happens, on the indexing thread. <see cref="Progress{T}"/> would post
    /// each report to the thread pool, where one could land after the build finished and turn the status back
    /// to building.
    /// </summary>
    private InlineProgress BuildProgress(string problem, long storeSequence) =>
        new(p => SetStatus(SearchIndexState.Building, $"rebuilding the search index because {problem}", storeSequence: storeSequence, progress: p));

    private void SetStatus(SearchIndexState state, string message, long storeSequence = -1, IndexProgress? progress = null, long? applied = null) =>
        Volatile.Write(ref _status, new SearchIndexStatus(state, applied ?? SearchableSequence, storeSequence, progress?.Done ?? 0, progress?.Total ?? 0, message));

    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    /// <summary>What queries need besides the index, swapped as one when either part changes.</summary>
    private sealed record SearchView(SynonymGroups Synonyms, RegionHierarchy Regions)
    {
        public static async Task<SearchView> LoadAsync(IGraphStore store, CancellationToken cancellationToken) =>
            new(await SkillSynonymSource.LoadAsync(store, cancellationToken), await RegionHierarchy.LoadAsync(store, cancellationToken));
    }
}
