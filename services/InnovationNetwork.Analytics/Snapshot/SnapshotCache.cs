using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// Holds the current snapshot and moves it forward when the store's change sequence moves on: by applying the
/// change feed to a new version (<see cref="SnapshotUpdater"/>), or by building afresh when the backlog is
/// larger than <see cref="AnalyticsOptions.MaxIncrementalChanges"/>. Either way the new version is made aside
/// and swapped in whole, so readers never wait and never see half of an update. Thread-safe; register as a
/// singleton.
/// </summary>
public sealed class SnapshotCache(IGraphStore store, AnalyticsOptions options) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private GraphSnapshot? _current;
    private bool _rebuildNext;

    /// <summary>How the last refresh that changed the snapshot got there.</summary>
    public SnapshotRefresh? LastRefresh { get; private set; }

    public void Dispose() => _building.Dispose();

    public async ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _current) ?? await RefreshAsync(cancellationToken);

    /// <summary>Catches up with changes the current snapshot has not seen; returns the current snapshot.</summary>
    public async Task<GraphSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && await store.GetLastSequenceAsync(cancellationToken) <= current.Sequence)
            {
                return current;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var next = current is null || _rebuildNext ? null : await ApplyChangesAsync(current, cancellationToken);
            var incremental = next is not null;
            next ??= await GraphSnapshotBuilder.BuildAsync(store, cancellationToken);
            _rebuildNext = false;
            Volatile.Write(ref _current, next);
            LastRefresh = new SnapshotRefresh(incremental, next.Sequence, clock.Elapsed);
            return next;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<GraphSnapshot?> ApplyChangesAsync(GraphSnapshot current, CancellationToken cancellationToken)
    {
        try
        {
            return await SnapshotUpdater.TryApplyAsync(store, current, options.MaxIncrementalChanges, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong, the next attempt starts from the store itself rather than repeating it.
            _rebuildNext = true;
            throw;
        }
    }
}

/// <summary>One refresh: whether it applied the change feed (or rebuilt), the sequence reached and the time taken.</summary>
public sealed record SnapshotRefresh(bool Incremental, long Sequence, TimeSpan Elapsed);
