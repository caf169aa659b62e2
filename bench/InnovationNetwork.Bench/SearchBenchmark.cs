using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Api.Search;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace InnovationNetwork.Bench;

/// <summary>
/// Search on the generated graph (about 1.85 documents per organisation: --orgs 540000 gives 1M): rebuilds
/// the index from the store (documents/s, size), times Lucene alone on documents built in advance, then
/// runs 1-, 2- and 3-word queries taken from indexed text through the service's search layer and, side by
/// side, through a bare IndexSearcher on the same index (a plain OR of the words on the description
/// field), suggest on typed prefixes, and the delay from a store commit until search sees it.
/// BENCH_SEARCH_QUERIES_ONLY=1 reuses a usable index from an earlier run and measures queries only;
/// BENCH_SEARCH_INDEX_ONLY=1 stops after the indexing figures. For looking into one query or a profile: BENCH_SEARCH_TRACE="some words" prints that search's hits and
/// Lucene query and stops; BENCH_SEARCH_PROFILE=N runs the N-word hits-only searches ten times over and stops
/// (run it under <c>dotnet-trace collect</c>), with each round's garbage collections, and with
/// BENCH_SEARCH_ALLOCATIONS=1 what the searches allocated by type; BENCH_SEARCH_PER_QUERY=N times each N-word search on its own
/// (<see cref="SearchQueryBreakdown"/>) and stops.
/// </summary>
internal static class SearchBenchmark
{
    private const int QueriesPerLength = 300;
    private const int LuceneOnlyDocuments = 200_000;
    private const int ProfiledRounds = 10;

    /// <summary>The modes that look into searches and stop there.</summary>
    private static readonly string[] LookingIntoSearches = ["BENCH_SEARCH_TRACE", "BENCH_SEARCH_PROFILE", "BENCH_SEARCH_PER_QUERY"];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var options = new EmbeddedStoreOptions { DataDirectory = Path.Combine(arguments.WorkDirectory, $"search-{arguments.Organisations}-{arguments.Seed}") };
        await using var store = SqliteGraphStore.Open(options);
        await EnsureGraphAsync(store, arguments);
        var folders = new IndexFolders(Path.Combine(options.DataDirectory, "search"));

        if (Environment.GetEnvironmentVariable("BENCH_SEARCH_QUERIES_ONLY") != "1" || !IndexInspection.Of(folders.Current).Usable)
        {
            await RebuildAsync(store, folders);
        }

        if (Environment.GetEnvironmentVariable("BENCH_SEARCH_INDEX_ONLY") == "1")
        {
            return 0;
        }

        // Released before the write test below: the service opens this folder's writer itself.
        using (var index = LuceneIndex.Open(folders.Current!))
        {
            await QueriesAsync(store, index);
        }

        // A trace or profile looks into searches only: the write test would add segments to the index it ran on.
        if (LookingIntoSearches.All(v => Environment.GetEnvironmentVariable(v) is null))
        {
            await WriteToSearchableAsync(store, options);
        }
        return 0;
    }

    private static async Task QueriesAsync(SqliteGraphStore store, LuceneIndex index)
    {
        var synonyms = await SkillSynonymSource.LoadAsync(store, CancellationToken.None);
        var regions = await RegionHierarchy.LoadAsync(store, CancellationToken.None);
        if (Environment.GetEnvironmentVariable("BENCH_SEARCH_TRACE") is { } traced)
        {
            var found = index.Search(s => SearchExecutor.Run(s, HitsOnly(traced), synonyms, regions));
            Console.WriteLine(string.Join("\n", found.Hits.Select(h => $"{h.Id} {h.Score}")));
            Console.WriteLine(index.Search(s => new SearchQueryBuilder(synonyms, s.IndexReader).Build(QueryText.Parse(traced, "q")).Strict!.ToString()));
            return;
        }

        var texts = index.Search(s => SampleTexts(s));
        if (Environment.GetEnvironmentVariable("BENCH_SEARCH_PER_QUERY") is { } perQuery)
        {
            SearchQueryBreakdown.Run(
                texts.Select(t => string.Join(' ', t.Take(int.Parse(perQuery, CultureInfo.InvariantCulture)))).ToList(),
                q => index.Search(s => SearchExecutor.Run(s, HitsOnly(q), synonyms, regions)),
                q => index.Search(s => new SearchQueryBuilder(synonyms, s.IndexReader).Build(QueryText.Parse(q, "query")).Strict));
            return;
        }

        if (Environment.GetEnvironmentVariable("BENCH_SEARCH_PROFILE") is { } words)
        {
            var profiled = texts.Select(t => string.Join(' ', t.Take(int.Parse(words, CultureInfo.InvariantCulture)))).ToList();
            using var allocations = Environment.GetEnvironmentVariable("BENCH_SEARCH_ALLOCATIONS") == "1" ? new AllocationsByType() : null;
            for (var round = 0; round < ProfiledRounds; round++)
            {
                var gc = GcCounts.Now();
                Report("profiled", Measure(profiled, q => index.Search(s => SearchExecutor.Run(s, HitsOnly(q), synonyms, regions))));
                Print("  " + GcCounts.Now().Since(gc));
            }

            if (allocations is not null)
            {
                Print($"allocated, by type (sampled), over {ProfiledRounds} rounds:\n" + allocations.Report(ProfiledRounds * profiled.Count));
            }

            return;
        }

        foreach (var length in new[] { 1, 2, 3 })
        {
            var queries = texts.Select(t => string.Join(' ', t.Take(length))).ToList();
            var service = Measure(queries, q => index.Search(s => SearchExecutor.Run(s, new SearchRequest(q), synonyms, regions)));
            var slowest = new List<(double Ms, string Query)>();
            var lean = Measure(queries, q => index.Search(s => SearchExecutor.Run(s, HitsOnly(q), synonyms, regions)), slowest);
            // The same hits-only page found by scoring every match: what pruning saves, side by side.
            var everyMatch = Measure(queries, q => index.Search(s => SearchExecutor.Run(s, HitsOnly(q), synonyms, regions, Pruning.Off)));
            var bare = Measure(queries, q => index.Search(s => BareSearch(s, q)));
            Report($"{length}-word search, service layer (total + facets + highlights)", service);
            Report($"{length}-word search, service layer (hits only)", lean);
            Report($"{length}-word search, service layer (hits only, scoring every match)", everyMatch);
            Report($"{length}-word search, bare IndexSearcher", bare);
            Print($"{length}-word p50 ratio service/bare: {P50(service) / P50(bare):0.0}x with total, facets and highlights, {P50(lean) / P50(bare):0.0}x hits only, {P50(everyMatch) / P50(bare):0.0}x hits only scoring every match");
            Print($"{length}-word slowest (hits only): " + string.Join("; ", slowest.OrderByDescending(s => s.Ms).Take(3).Select(s => $"\"{s.Query}\" {s.Ms:0.0} ms")));
        }

        var prefixes = texts.Select((t, i) => i % 2 == 0 ? t[0][..Math.Min(3, t[0].Length)] : $"{t[0]} {t[^1][..Math.Min(2, t[^1].Length)]}").ToList();
        Report("suggest(prefix)", Measure(prefixes, p => index.Search(s => Suggester.Run(s, new SuggestRequest(p)))));
    }

    private static async Task RebuildAsync(SqliteGraphStore store, IndexFolders folders)
    {
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        long documents;
        using (var rebuilt = await IndexBuild.RebuildAsync(store, folders, null, CancellationToken.None))
        {
            documents = rebuilt.Search(s => s.IndexReader.NumDocs);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Print($"rebuild from the store: {documents:N0} documents in {seconds:0.0} s = {documents / seconds:N0} documents/s");
        Print($"  CPU {(Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds:0.0} s over {seconds:0.0} s on {Environment.ProcessorCount} cores");
        if (Environment.GetEnvironmentVariable("BENCH_THREADS") == "1")
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                if (ticks > 100)
                {
                    Print($"    thread {File.ReadAllText(Path.Combine(task, "comm")).Trim()}: {ticks / 100.0:0.0} s");
                }
            }
        }

        Print($"  GC during the rebuild ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}): {GC.CollectionCount(0) - gcBefore.Gen0} gen0, {GC.CollectionCount(1) - gcBefore.Gen1} gen1, "
            + $"{GC.CollectionCount(2) - gcBefore.Gen2} gen2 collections, paused {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalSeconds:0.0} s");
        Print($"index size: {FolderMiB(folders.Current!):N0} MiB in {Directory.EnumerateFiles(folders.Current!, "*.si").Count()} segments");
        clock.Restart();
        var read = 0;
        await foreach (var _ in IndexRebuilder.ReadDocumentsAsync(store, CancellationToken.None))
        {
            read++;
        }

        Print($"documents from the store alone (the rebuild's producer, no Lucene): {read:N0} in {clock.Elapsed.TotalSeconds:0.0} s = {read / clock.Elapsed.TotalSeconds:N0} documents/s");
        Print($"  of which: context-link scan {await SecondsAsync(store.ScanRelationshipKeysAsync(SearchDocumentBuilder.ContextTypes.ToList())):0.0} s, node read {await SecondsAsync(store.ReadAllNodesAsync()):0.0} s");
        await LuceneOnlyAsync(store);
    }

    private static async Task EnsureGraphAsync(SqliteGraphStore store, BenchArguments arguments)
    {
        if (await store.GetLastSequenceAsync() > 0)
        {
            return;
        }

        var input = await arguments.GeneratedGraphAsync();

        var clock = Stopwatch.StartNew();
        await new GraphImporter(store, store.Schema).ImportAsync(ImportSource.FromFile(input), new ImportOptions());
        Print($"imported the generated graph in {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>
    /// Lucene's share of indexing: documents built from the store first, then only added and committed. Every
    /// n-th document, so all labels are in the sample in their proportions (the first 200,000 in store order
    /// were all bottlenecks, shorter than the average document).
    /// </summary>
    private static async Task LuceneOnlyAsync(SqliteGraphStore store)
    {
        var every = Math.Max(1, (await store.GetStatisticsAsync()).NodeCount / LuceneOnlyDocuments);
        var documents = new List<SearchDocument>();
        var read = 0L;
        await foreach (var document in IndexRebuilder.ReadDocumentsAsync(store, CancellationToken.None))
        {
            if (read++ % every == 0 && documents.Count < LuceneOnlyDocuments)
            {
                documents.Add(document);
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "innovation-network-bench-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = LuceneIndex.Open(folder);
            var clock = Stopwatch.StartNew();
            index.Add(documents);
            index.Commit(0);
            Print($"Lucene alone (documents built in advance): {documents.Count:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s = {documents.Count / clock.Elapsed.TotalSeconds:N0} documents/s");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        IndexingComparison.Run(documents);
    }

    /// <summary>Word sequences from the descriptions of documents spread over the index: what users might type.</summary>
    private static List<string[]> SampleTexts(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var random = new Random(7);
        var texts = new List<string[]>();
        while (texts.Count < QueriesPerLength)
        {
            var body = reader.Document(random.Next(reader.MaxDoc)).Get(SearchFields.Body);
            var words = SearchAnalyzers.Analyze(SearchAnalyzers.Exact, SearchFields.Body, body ?? "").Select(t => t.Term).Where(w => w.Length > 3).ToArray();
            if (words.Length >= 3)
            {
                var start = random.Next(words.Length - 2);
                texts.Add(words[start..(start + 3)]);
            }
        }

        return texts;
    }

    /// <summary>What a client selecting only the hits asks for: no total, facets or snippets, so the page is found without scoring every match.</summary>
    private static SearchRequest HitsOnly(string text) => new(text) { WithTotal = false, WithFacets = false, WithHighlights = false };

    private static TopDocs BareSearch(IndexSearcher searcher, string text)
    {
        var query = new BooleanQuery();
        foreach (var (term, _) in SearchAnalyzers.Analyze(SearchAnalyzers.Stemmed, SearchFields.Body, text))
        {
            query.Add(new TermQuery(new Term(SearchFields.Body, term)), Occur.SHOULD);
        }

        return searcher.Search(query, 10);
    }

    private static async Task WriteToSearchableAsync(SqliteGraphStore store, EmbeddedStoreOptions options)
    {
        var search = new SearchIndexService(store, new SearchOptions { IndexDirectory = Path.Combine(options.DataDirectory, "search") }, NullLogger<SearchIndexService>.Instance);
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => search.RunAsync(stop.Token));
        await search.WaitUntilSearchableAsync(await store.GetLastSequenceAsync());
        var times = new List<double>();
        // A name never written before: an upsert that changes nothing commits no change to wait for.
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 100; i++)
        {
            var clock = Stopwatch.StartNew();
            var sequence = await store.WriteAsync(new GraphBatch
            {
                Nodes = [new GraphNode($"firm:bench-write-{i}", "Firm", PropertyMap.From(("name", $"Benchwrite {run} {i}"), ("sector", "C")))],
            });
            await search.WaitUntilSearchableAsync(sequence);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Report("store commit to searchable (poll every 100 ms)", times);
        await stop.CancelAsync();
        await running;
        search.Dispose();
    }

    internal static List<double> Measure<T>(List<string> inputs, Func<string, T> run, List<(double Ms, string Input)>? timed = null)
    {
        foreach (var input in inputs.Take(30))
        {
            run(input); // warm-up
        }

        var times = new List<double>();
        foreach (var input in inputs)
        {
            var clock = Stopwatch.StartNew();
            run(input);
            times.Add(clock.Elapsed.TotalMilliseconds);
            timed?.Add((clock.Elapsed.TotalMilliseconds, input));
        }

        times.Sort();
        return times;
    }

    private static async Task<double> SecondsAsync<T>(IAsyncEnumerable<T> items)
    {
        var clock = Stopwatch.StartNew();
        await foreach (var _ in items)
        {
        }

        return clock.Elapsed.TotalSeconds;
    }

    internal static double P50(List<double> sorted) => sorted[sorted.Count / 2];

    private static double FolderMiB(string folder) => Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1048576.0;

    private static void Report(string name, List<double> sorted) =>
        Print($"{name}: p50 {P50(sorted):0.00} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:0.00} ms over {sorted.Count} calls");

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>The process's garbage collections, pauses and allocation so far: searches' garbage shows in their latency.</summary>
    private readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
    {
        public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

        public string Since(GcCounts before) => string.Create(
            CultureInfo.InvariantCulture,
            $"GC: {Gen0 - before.Gen0} gen0, {Gen1 - before.Gen1} gen1, {Gen2 - before.Gen2} gen2 collections, paused {(Paused - before.Paused).TotalMilliseconds:0} ms, allocated {(Allocated - before.Allocated) / 1048576.0:0} MB");
    }
}
