using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Tests.Store;

/// <summary>What the embedded store does with its files: creation, reopening, newer versions and damage.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private EmbeddedStoreOptions Options => new() { DataDirectory = Path.Combine(_directory.Path, "nested", "data") };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Open_MissingFolder_ShouldCreateItAndAnEmptyStore()
    {
        await using var store = SqliteGraphStore.Open(Options);

        Assert.True(File.Exists(Options.DatabasePath));
        Assert.Equal(0, (await store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Reopen_AfterCommit_ShouldFindTheData()
    {
        await using (var store = SqliteGraphStore.Open(Options))
        {
            await store.WriteAsync(SampleGraph.Build());
        }

        await using var reopened = SqliteGraphStore.Open(Options);
        Assert.NotNull(await reopened.GetNodeAsync("lab:amrc"));
        Assert.Equal(SampleGraph.Build().Nodes.Count + SampleGraph.Build().Relationships.Count, (await reopened.GetStatisticsAsync()).LastSequence);
    }

    [Fact]
    public async Task Open_FileFromANewerVersion_ShouldBeRefusedWithAClearMessage()
    {
        await using (SqliteGraphStore.Open(Options))
        {
        }

        SetUserVersion(Options.DatabasePath, 999);

        var error = Assert.Throws<StoreVersionException>(() => SqliteGraphStore.Open(Options));
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptFile_ShouldBeReportedAndLeftUntouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Options.DatabasePath)!);
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        File.WriteAllBytes(Options.DatabasePath, garbage);

        var error = Assert.Throws<StoreCorruptException>(() => SqliteGraphStore.Open(Options));

        Assert.Contains(Options.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(Options.DatabasePath));
    }

    private static void SetUserVersion(string path, int version)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {version}";
        command.ExecuteNonQuery();
    }
}
