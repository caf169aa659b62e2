using InnovationNetwork.Api.Search;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;

namespace InnovationNetwork.Tests.Support;

/// <summary>
/// A real store on disk with the search index service following it, as the API runs it, minus HTTP.
/// Writes go to the store; <see cref="WriteAsync"/> returns once searches see them.
/// </summary>
public sealed class SearchHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private readonly bool _ownsStore;

    private SearchHarness(StoreFixture store, bool ownsStore, SearchOptions options)
    {
        Fixture = store;
        _ownsStore = ownsStore;
        Options = options;
        Index = new SearchIndexService(store.Store, options, NullLogger<SearchIndexService>.Instance);
        _running = Task.Run(() => Index.RunAsync(_stop.Token));
    }

    public StoreFixture Fixture { get; }

    public IGraphStore Store => Fixture.Store;

    public SearchOptions Options { get; }

    public SearchIndexService Index { get; }

    /// <summary>Starts on the given store (left open when the harness is disposed) or on a new one (disposed with it).</summary>
    public static async Task<SearchHarness> StartAsync(
        GraphBatch? initial = null, StoreFixture? store = null, string? indexDirectory = null, long rebuildBehindChanges = 300_000)
    {
        var ownsStore = store is null;
        store ??= new StoreFixture();
        if (initial is not null)
        {
            await store.Store.WriteAsync(initial);
        }

        var harness = new SearchHarness(store, ownsStore, new SearchOptions
        {
            IndexDirectory = indexDirectory ?? Path.Combine(store.DataDirectory, "search"),
            PollMilliseconds = 20,
            CommitSeconds = 1,
            RebuildBehindChanges = rebuildBehindChanges,
        });
        await harness.CaughtUpAsync();
        return harness;
    }

    public async Task WriteAsync(GraphBatch batch) => await CaughtUpAsync(await Store.WriteAsync(batch));

    public async Task CaughtUpAsync(long? sequence = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var target = sequence ?? await Store.GetLastSequenceAsync(timeout.Token);
        try
        {
            await Index.WaitUntilSearchableAsync(target, timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"search did not reach change {target}: {Index.Status}", e);
        }
    }

    public SearchResults Search(string text, int first = 10, IReadOnlyCollection<string>? labels = null, IReadOnlyCollection<string>? regions = null, string? after = null) =>
        Index.Search(new SearchRequest(text, labels, regions, first, after));

    public IReadOnlyList<string> Ids(string text, int first = 10, IReadOnlyCollection<string>? labels = null) =>
        Search(text, first, labels).Hits.Select(h => h.Id).ToList();

    /// <summary>Stops the follower (committing what it applied), leaving the store open.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        Index.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
        if (_ownsStore)
        {
            await Fixture.DisposeAsync();
        }
    }
}
