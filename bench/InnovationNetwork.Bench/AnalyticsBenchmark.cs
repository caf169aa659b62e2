using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Paths;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Bench;

/// <summary>
/// Matchmaking latency on the generated graph: builds the analytics snapshot (timed, with its memory), then
/// asks partnerSuggestions for 300 organisations and bottleneckSolvers for 300 bottlenecks, a fixed
/// sample spread over the graph, and prints p50/p99 of each; then what a refresh along the change feed costs.
/// </summary>
internal static class AnalyticsBenchmark
{
    private const int Samples = 300;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var options = new EmbeddedStoreOptions { DataDirectory = Path.Combine(arguments.WorkDirectory, $"analytics-{arguments.Organisations}-{arguments.Seed}") };
        await using var store = SqliteGraphStore.Open(options);
        if (await store.GetLastSequenceAsync() == 0)
        {
            var input = await arguments.GeneratedGraphAsync();

            await new GraphImporter(store, store.Schema).ImportAsync(ImportSource.FromFile(input), new ImportOptions());
        }

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        using var cache = new SnapshotCache(store, new AnalyticsOptions());
        var graph = await cache.GetAsync();
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var snapshotMiB = (GC.GetTotalMemory(forceFullCollection: true) - memoryBefore) / 1048576.0;
        Print($"snapshot: {graph.NodeCount:N0} nodes in {buildSeconds:0.0} s, {snapshotMiB:N0} MiB managed memory");

        var analytics = new AnalyticsOptions();
        var organisations = Sample(graph, "Firm", "Lab");
        var bottlenecks = Sample(graph, "Bottleneck");
        var matcher = new PartnerMatcher(analytics);
        var solver = new BottleneckSolver(analytics);
        Report("partnerSuggestions(organisation, first: 10)", Measure(organisations, id => matcher.Suggest(graph, new PartnerRequest(id, [], null, 10))));
        Report("bottleneckSolvers(bottleneck, first: 10)", Measure(bottlenecks, id => solver.Solve(graph, id, 10)));
        Report("Bottleneck.similarProjects(first: 5)", Measure(bottlenecks, id => SimilarProjects.For(graph, id, 5, analytics.SimilarProjects)));

        var clock2 = Stopwatch.StartNew();
        EcosystemGaps.Find(graph, null, 20);
        Print($"ecosystemGaps index, built once per snapshot: {clock2.Elapsed.TotalMilliseconds:0} ms");
        var regions = Sample(graph, "Region");
        Report("ecosystemGaps(region, first: 20)", Measure(regions, id => EcosystemGaps.Find(graph, id, 20)));
        Report("ecosystemGaps(first: 20), national", Measure(regions, _ => EcosystemGaps.Find(graph, null, 20)));
        var pairs = organisations.Zip(organisations.Skip(1).Append(organisations[0]), (a, b) => a + "|" + b).ToList();
        Report("connectionPath(from, to, maxLength: 4)", Measure(pairs, pair => ConnectionPathFinder.Find(graph, pair[..pair.IndexOf('|')], pair[(pair.IndexOf('|') + 1)..], 4)));

        var spread = Enumerable.Range(0, graph.NodeCount).Where(graph.IsOrganisation).Where((_, i) => i % 97 == 0).Select(graph.IdOf).ToList();
        await SnapshotUpdateBenchmark.RunAsync(store, cache, spread);
        return 0;
    }

    private static List<string> Sample(GraphSnapshot graph, params string[] labels)
    {
        var all = Enumerable.Range(0, graph.NodeCount).Where(n => labels.Contains(graph.LabelOf(n))).ToList();
        var step = Math.Max(1, all.Count / Samples);
        return [.. all.Where((_, i) => i % step == 0).Take(Samples).Select(graph.IdOf)];
    }

    private static List<double> Measure(List<string> ids, Action<string> run)
    {
        foreach (var id in ids.Take(30))
        {
            run(id); // warm-up
        }

        var times = new List<double>();
        foreach (var id in ids)
        {
            var clock = Stopwatch.StartNew();
            run(id);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static void Report(string name, List<double> sorted) =>
        Print($"{name}: p50 {sorted[sorted.Count / 2]:0.00} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:0.00} ms, max {sorted[^1]:0.00} ms over {sorted.Count} calls");

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
