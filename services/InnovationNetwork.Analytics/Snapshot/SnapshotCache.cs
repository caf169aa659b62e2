using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// Holds the current snapshot and replaces it when the store's change sequence moves on. The first caller
/// builds it; later refreshes build a new one aside and swap it in, so readers never wait on a rebuild.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class SnapshotCache(IGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private GraphSnapshot? _current;

    public void Dispose() => _building.Dispose();

    public async ValueTask<GraphSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _current) ?? await RefreshAsync(cancellationToken);

    /// <summary>Rebuilds when the store has changes the current snapshot has not seen; returns the current snapshot.</summary>
    public async Task<GraphSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            var current = Volatile.Read(ref _current);
            if (current is null || await store.GetLastSequenceAsync(cancellationToken) > current.Sequence)
            {
                current = await GraphSnapshotBuilder.BuildAsync(store, cancellationToken);
                Volatile.Write(ref _current, current);
            }

            return current;
        }
        finally
        {
            _building.Release();
        }
    }
}
