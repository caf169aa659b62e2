using InnovationNetwork.Tests.Interchange;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Cli;

/// <summary>The CLI as a user runs it: a real process, its output and its exit code.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Validate_FileWithErrors_ShouldListThemWithLinesAndExitNonZero()
    {
        var file = _directory.File("bad.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"type":"node","id":"lab:a","labels":["Lab"],"properties":{"name":"A"}}""",
            """{"type":"node","id":"lab:b","labels":["Lab"],"properties":{"name":"B","staff":-1}}""",
            """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:a"},"end":{"id":"region:none"}}""",
        ]);

        var (exit, output, errors) = await RunAsync("validate", file, "--data-dir", _directory.File("data"));

        Assert.Equal(1, exit);
        Assert.Contains("bad.jsonl:2: properties.staff: -1 is out of range", errors, StringComparison.Ordinal);
        Assert.Contains("bad.jsonl:3: end.id: node 'region:none' does not exist", errors, StringComparison.Ordinal);
        Assert.Contains("invalid: 2 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedThenStatsThenExport_ShouldLoadReportAndWriteTheGraph()
    {
        var data = _directory.File("data");

        var (seedExit, _, seedErrors) = await RunAsync("seed", "--seed-dir", RepositoryPaths.Of("seed"), "--data-dir", data);
        var (statsExit, stats, _) = await RunAsync("stats", "--data-dir", data);
        var export = _directory.File("out.jsonl");
        var (exportExit, _, _) = await RunAsync("export", export, "--data-dir", data);

        Assert.True(seedExit == 0, seedErrors);
        Assert.Equal(0, statsExit);
        Assert.Matches(@"Lab\s+\d+", stats);
        Assert.Equal(0, exportExit);
        var seedLines = Directory.EnumerateFiles(RepositoryPaths.Of("seed"), "*.jsonl").Sum(f => File.ReadLines(f).Count());
        Assert.Equal(seedLines, File.ReadLines(export).Count());
        Assert.False(File.Exists(export + ".partial"));
    }

    [Fact]
    public async Task Generate_SameSeedTwice_ShouldWriteTheSameFile()
    {
        var first = _directory.File("a.jsonl");
        var second = _directory.File("b.jsonl");

        await RunAsync("generate", "--orgs", "200", "--seed", "5", "-o", first);
        await RunAsync("generate", "--orgs", "200", "--seed", "5", "-o", second);

        Assert.True(new FileInfo(first).Length > 10_000);
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task AnyCommand_OnADamagedStore_ShouldExplainAndExitWithThree()
    {
        var data = _directory.File("data");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "graph.db"), new string('x', 4096));

        var (exit, _, errors) = await RunAsync("stats", "--data-dir", data);

        Assert.Equal(3, exit);
        Assert.Contains("damaged", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ShouldSaySoInOneLineWithoutAStackTrace()
    {
        var (exit, _, errors) = await RunAsync("import", _directory.File("missing.jsonl"), "--data-dir", _directory.File("data"));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: No such file:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", errors, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var process = ImportCrashTests.StartCli(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
