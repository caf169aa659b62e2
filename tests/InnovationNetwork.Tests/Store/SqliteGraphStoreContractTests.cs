using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Store;

/// <summary>The store contract, run against the embedded SQLite store in a fresh folder.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(SqliteGraphStore.Open(new EmbeddedStoreOptions { DataDirectory = _directory.Path }));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
