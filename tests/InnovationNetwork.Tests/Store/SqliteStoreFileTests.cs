using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Model;
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

    /// <summary>
    /// Writers on several threads hand the one write connection to each other: every statement a session made
    /// must be gone before the next session starts, or the connection's own bookkeeping is torn (seen as a
    /// NullReferenceException when the store closes, or a failed write under load).
    /// </summary>
    [Fact]
    public async Task Write_ManySessionsOnManyThreads_ShouldKeepEveryNodeAndCloseCleanly()
    {
        const int Writers = 8;
        const int SessionsPerWriter = 500;
        var store = SqliteGraphStore.Open(new EmbeddedStoreOptions { DataDirectory = Options.DataDirectory, DurableCommits = false });

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < SessionsPerWriter; i++)
            {
                await using var session = await store.BeginWriteAsync();
                await session.UpsertNodeAsync(new GraphNode($"skill:w{writer}-{i}", "Skill", PropertyMap.From(("name", $"Skill {writer}-{i}"))), null);
                await session.CommitAsync();
            }
        })));

        Assert.Equal(Writers * SessionsPerWriter, (await store.GetStatisticsAsync()).NodeCount);
        await store.DisposeAsync();
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
