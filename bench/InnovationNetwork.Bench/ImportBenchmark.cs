using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Bench;

/// <summary>
/// Imports the generated graph into a fresh embedded store and, in the same run, bulk-inserts the same rows
/// into a bare SQLite table pair (no validation, no change feed, no secondary indexes) to show how close the
/// import comes to the engine's own limit. Prints lines/s, peak memory, size on disk and the store's open time.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        Directory.CreateDirectory(arguments.WorkDirectory);
        var input = Path.Combine(arguments.WorkDirectory, $"graph-{arguments.Organisations}-{arguments.Seed}.jsonl");
        if (!File.Exists(input))
        {
            var clock = Stopwatch.StartNew();
            await using var file = File.Create(input);
            var summary = await SyntheticGraphGenerator.WriteAsync(file, new GeneratorOptions(arguments.Organisations, arguments.Seed));
            Print($"generated {summary.Lines:N0} lines ({summary.Bytes / 1048576.0:N0} MiB) in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        var bare = BareSqliteInsert.Run(input, Fresh(arguments.WorkDirectory, "bare"));
        Print($"bare SQLite bulk insert: {bare.Lines:N0} lines in {bare.Elapsed.TotalSeconds:0.00} s = {bare.Lines / bare.Elapsed.TotalSeconds:N0} lines/s");

        var options = new EmbeddedStoreOptions { DataDirectory = Fresh(arguments.WorkDirectory, "store"), WriteCacheMiB = arguments.WriteCacheMiB };
        ImportReport report;
        await using (var store = SqliteGraphStore.Open(options))
        {
            report = await new GraphImporter(store, store.Schema).ImportAsync(ImportSource.FromFile(input), new ImportOptions());
        }

        if (!report.Succeeded)
        {
            Print($"import failed with {report.ErrorCount} errors; first: {(report.Errors.Count > 0 ? report.Errors[0] : "(not listed)")}");
            return 1;
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var size = Directory.EnumerateFiles(options.DataDirectory).Sum(f => new FileInfo(f).Length);
        Print($"store import: {report.Lines:N0} lines in {report.Elapsed.TotalSeconds:0.00} s = {report.LinesPerSecond:N0} lines/s");
        Print($"ratio to bare SQLite insert: {report.LinesPerSecond / (bare.Lines / bare.Elapsed.TotalSeconds):0.00}");
        Print($"peak working set of the benchmark process: {peak / 1048576.0:N0} MiB; input file {new FileInfo(input).Length / 1048576.0:N0} MiB");
        Print($"store size on disk: {size / 1048576.0:N0} MiB (bare tables: {bare.SizeBytes / 1048576.0:N0} MiB)");
        Print($"store open time (median of 5, open + first read by id): {MedianOpenMilliseconds(options):0.0} ms");
        return 0;
    }

    private static double MedianOpenMilliseconds(EmbeddedStoreOptions options)
    {
        var samples = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var store = SqliteGraphStore.Open(options);
            _ = store.GetNodesAsync(["lab:g000001"]).GetAwaiter().GetResult();
            samples.Add(clock.Elapsed.TotalMilliseconds);
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>An empty folder under the work folder (emptied if it exists).</summary>
    internal static string Fresh(string work, string name)
    {
        var path = Path.Combine(work, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
