using System.Diagnostics;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Tests.Interchange;

/// <summary>A real SIGKILL of a CLI process in the middle of an import leaves the store exactly as before it.</summary>
public sealed class ImportCrashTests
{
    [Fact]
    public async Task Import_KilledMidway_ShouldLeaveTheStoreAsItWasBefore()
    {
        await using var fixture = new StoreFixture();
        var seed = await fixture.Importer.ImportAsync(SeedLoader.FindSources(RepositoryPaths.Of("seed")), new ImportOptions());
        Assert.True(seed.Succeeded);
        var before = await RoundTripTests.SnapshotAsync(fixture.Store);
        var beforeSequence = (await fixture.Store.GetStatisticsAsync()).LastSequence;
        await fixture.Store.DisposeAsync();

        var input = fixture.TempFile("big.jsonl");
        await using (var file = File.Create(input))
        {
            await SyntheticGraphGenerator.WriteAsync(file, new GeneratorOptions(30_000, Seed: 3));
        }

        // The import commits once, at the end: a progress report part-way through proves the kill lands mid-transaction.
        using var child = StartCli("import", input, "--data-dir", fixture.DataDirectory, "--progress", "plain");
        string? progress;
        while ((progress = await child.StandardError.ReadLineAsync()) is not null && !progress.StartsWith("progress: imported 100,000 lines", StringComparison.Ordinal))
        {
        }

        Assert.False(progress is null || child.HasExited, "the import ended before it could be killed");
        child.Kill(); // SIGKILL on Linux: no handler, no cleanup.
        await child.WaitForExitAsync();

        await using var reopened = SqliteGraphStore.Open(fixture.Options);
        Assert.Equal(beforeSequence, (await reopened.GetStatisticsAsync()).LastSequence);
        Assert.Equal(before, await RoundTripTests.SnapshotAsync(reopened));
        Assert.Equal("ok", IntegrityCheck(fixture.Options.DatabasePath));
    }

    internal static Process StartCli(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "innovation-network.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
