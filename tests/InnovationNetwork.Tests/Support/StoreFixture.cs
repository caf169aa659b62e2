using System.Text;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Tests.Support;

/// <summary>An embedded store in a temporary folder, with an importer, for tests that need real data on disk.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();

    public StoreFixture() => Store = SqliteGraphStore.Open(Options);

    public EmbeddedStoreOptions Options => new() { DataDirectory = _directory.Path };

    public SqliteGraphStore Store { get; }

    public GraphImporter Importer => new(Store, Store.Schema);

    public string DataDirectory => _directory.Path;

    public string TempFile(string name) => _directory.File(name);

    public Task<ImportReport> ImportTextAsync(string jsonLines, ImportOptions? options = null, string name = "input.jsonl") =>
        Importer.ImportAsync(Text(name, jsonLines), options ?? new ImportOptions());

    public static ImportSource Text(string name, string jsonLines) =>
        new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(jsonLines)));

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
