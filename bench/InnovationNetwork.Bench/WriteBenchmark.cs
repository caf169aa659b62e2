using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Cli.Generation;

namespace InnovationNetwork.Bench;

/// <summary>
/// The write path through a real service process over loopback HTTP: the generated file imported with
/// <c>POST /import</c> and, in the same run, with the CLI's <c>import</c>; then single and batched upserts and
/// versioned updates from 8 concurrent clients, with their throughput and p50/p99 latency.
/// </summary>
internal static class WriteBenchmark
{
    private const int Clients = 8;
    private const int SinglePerClient = 250;
    private const int BatchesPerClient = 10;
    private const int BatchSize = 100;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var input = await arguments.GeneratedGraphAsync();
        var lines = File.ReadLines(input).LongCount();

        var cliDirectory = ImportBenchmark.Fresh(arguments.WorkDirectory, "writes-cli");
        var cli = await BenchProcess.RunCliAsync("import", input, "--data-dir", cliDirectory, "--progress", "none");
        Print($"CLI import: {lines:N0} lines in {cli.TotalSeconds:0.00} s = {lines / cli.TotalSeconds:N0} lines/s (process start included)");

        var data = ImportBenchmark.Fresh(arguments.WorkDirectory, "writes-http");
        var token = ApiKeyStore.Open(Path.Combine(data, ApiKeyStore.DefaultFileName)).Create("bench-admin", AccessRole.Admin, []).Token;
        var (service, address) = await BenchProcess.StartServiceAsync(new Dictionary<string, string>
        {
            ["GraphStore:DataDirectory"] = data,
            ["Seed:LoadWhenEmpty"] = "false",
            ["RateLimiting:Enabled"] = "false",
            ["Import:MaxBodyBytes"] = (new FileInfo(input).Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using (service)
        {
            using var client = Client(address, token);
            var http = await ImportOverHttpAsync(client, input);
            Print($"HTTP import: {lines:N0} lines in {http.TotalSeconds:0.00} s = {lines / http.TotalSeconds:N0} lines/s; ratio to the CLI: {cli.TotalSeconds / http.TotalSeconds:0.00}");

            // The import leaves the search index rebuilding; measuring writes against that CPU-heavy rebuild would
            // say more about the rebuild than about writes.
            var settle = Stopwatch.StartNew();
            await WaitUntilHealthyAsync(client);
            Print($"search index and analytics caught up with the import in {settle.Elapsed.TotalSeconds:0.0} s");

            await MeasureAsync(address, token, "single upserts (upsertFirms with 1 node)", SinglePerClient, 1);
            await MeasureAsync(address, token, $"batched upserts (upsertFirms with {BatchSize} nodes)", BatchesPerClient, BatchSize);
            await MeasureUpdatesAsync(address, token);
        }

        return 0;
    }

    private static async Task<TimeSpan> ImportOverHttpAsync(HttpClient client, string input)
    {
        var clock = Stopwatch.StartNew();
        await using var file = File.OpenRead(input);
        using var content = new StreamContent(file, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await client.PostAsync(new Uri("/import?name=bench.jsonl", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? clock.Elapsed : throw new InvalidOperationException($"HTTP import failed ({(int)response.StatusCode}): {body[..Math.Min(500, body.Length)]}");
    }

    private static async Task MeasureAsync(Uri address, string token, string what, int requestsPerClient, int nodesPerRequest)
    {
        var latencies = new List<double>[Clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = Client(address, token);
            latencies[c] = [];
            for (var r = 0; r < requestsPerClient; r++)
            {
                var inputs = Enumerable.Range(0, nodesPerRequest).Select(n => new { id = $"firm:bench-{nodesPerRequest}-{c}-{r}-{n}", name = $"Bench firm {c} {r} {n}", employees = n }).ToArray();
                var start = Stopwatch.GetTimestamp();
                await PostAsync(client, "mutation($inputs: [FirmInput!]!) { upsertFirms(inputs: $inputs) { created } }", new { inputs });
                latencies[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        var requests = Clients * requestsPerClient;
        Print($"{what}, {Clients} clients: {requests / clock.Elapsed.TotalSeconds:N0} requests/s = {requests * nodesPerRequest / clock.Elapsed.TotalSeconds:N0} nodes/s; " +
            $"latency p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms");
    }

    // Each client updates its own firm with the version it just read: the full optimistic-concurrency round trip, no conflicts.
    private static async Task MeasureUpdatesAsync(Uri address, string token)
    {
        var latencies = new List<double>[Clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = Client(address, token);
            latencies[c] = [];
            var id = $"firm:bench-1-{c}-0-0";
            var version = (await PostAsync(client, "query($id: ID!) { node(id: $id) { ... on Firm { version } } }", new { id })).GetProperty("node").GetProperty("version").GetString();
            for (var r = 0; r < SinglePerClient; r++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = await PostAsync(client, "mutation($id: ID!, $v: String!, $n: Int!) { updateFirm(id: $id, version: $v, set: { employees: $n }) { version } }", new { id, v = version, n = r + 1 });
                version = result.GetProperty("updateFirm").GetProperty("version").GetString();
                latencies[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        Print($"versioned updates (updateFirm), {Clients} clients: {Clients * SinglePerClient / clock.Elapsed.TotalSeconds:N0} mutations/s; latency p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms");
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        while (true)
        {
            using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
            if (health.RootElement.GetProperty("status").GetString() == "Healthy")
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException(errors.ToString())
            : document.RootElement.GetProperty("data").Clone();
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static void Print(string line) => Console.WriteLine(line);
}
