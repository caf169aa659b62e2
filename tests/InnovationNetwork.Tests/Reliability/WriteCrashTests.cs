using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// A real service process takes a stream of mutations and HTTP imports and is killed with SIGKILL at random
/// moments, 20 times. After each restart: every acknowledged write is there, the write in flight is wholly there
/// or wholly absent, and search agrees with the store.
/// </summary>
public sealed class WriteCrashTests
{
    private const int Rounds = 20;
    private const string FirmPage = "query($after: String) { firms(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }";

    private int _next;

    [Fact]
    public async Task KilledDuringMutationsAndImports_ShouldKeepEveryAcknowledgedWrite()
    {
        using var data = new TempDirectory();
        var token = ApiKeyStore.Open(Path.Combine(data.Path, ApiKeyStore.DefaultFileName)).Create("crash-admin", AccessRole.Admin, []).Token;
        var settings = new Dictionary<string, string>
        {
            ["GraphStore:DataDirectory"] = data.Path,
            ["Seed:LoadWhenEmpty"] = "false",
            ["Search:PollMilliseconds"] = "20",
            ["Search:CommitSeconds"] = "1",
            ["RateLimiting:Enabled"] = "false",
        };
        var model = new WriteCrashModel();
        var random = new Random(20261201);

        for (var round = 0; round <= Rounds; round++)
        {
            using var service = ServiceProcess.Start(data.Path, settings);
            await service.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
            service.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await AssertStoreHoldsTheModelAsync(service, model);
            await AssertSearchAgreesAsync(service, model, random);
            if (round == Rounds)
            {
                break;
            }

            using var stop = new CancellationTokenSource();
            var writers = new[]
            {
                Task.Run(() => MutateAsync(service.Client, model, new Random(random.Next()), stop.Token)),
                Task.Run(() => ImportAsync(service, model, stop.Token)),
            };
            await Task.Delay(random.Next(300, 2500));
            service.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(model.Count > 300, $"too few writes survived to prove anything: {model.Count} firms");
    }

    private async Task MutateAsync(HttpClient client, WriteCrashModel model, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var existing = model.Pick(random);
                var roll = random.Next(100);
                if (existing is null || roll < 40)
                {
                    var ids = Enumerable.Range(0, 10).Select(_ => NewId()).ToList();
                    var write = model.Begin("upsertFirms " + ids[0], ids.ToDictionary(id => id, id => (string?)NameOf(id)));
                    var inputs = ids.Select(id => new { id, name = NameOf(id) }).ToArray();
                    Settle(model, write, await client.PostGraphQLAsync("mutation($inputs: [FirmInput!]!) { upsertFirms(inputs: $inputs) { created } }", new { inputs }));
                }
                else if (roll < 80)
                {
                    var (id, _) = existing.Value;
                    var version = await VersionAsync(client, id);
                    var name = $"Crashfirm rn{Interlocked.Increment(ref _next)}x";
                    var write = model.Begin("updateFirm " + id, new Dictionary<string, string?> { [id] = name });
                    Settle(model, write, await client.PostGraphQLAsync(
                        "mutation($id: ID!, $v: String!, $name: String!) { updateFirm(id: $id, version: $v, set: { name: $name }) { id } }", new { id, v = version, name }));
                }
                else
                {
                    var (id, _) = existing.Value;
                    var version = await VersionAsync(client, id);
                    var write = model.Begin("deleteFirm " + id, new Dictionary<string, string?> { [id] = null });
                    Settle(model, write, await client.PostGraphQLAsync("mutation($id: ID!, $v: String!) { deleteFirm(id: $id, version: $v) { id } }", new { id, v = version }));
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or IOException)
            {
                return; // the service is gone; what was in flight stays pending in the model
            }
        }
    }

    private async Task ImportAsync(ServiceProcess service, WriteCrashModel model, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var ids = Enumerable.Range(0, 25).Select(_ => NewId()).ToList();
            var lines = string.Concat(ids.Select(id => $"{{\"type\":\"node\",\"id\":\"{id}\",\"labels\":[\"Firm\"],\"properties\":{{\"name\":\"{NameOf(id)}\"}}}}\n"));
            var write = model.Begin("import " + ids[0], ids.ToDictionary(id => id, id => (string?)NameOf(id)));
            try
            {
                using var content = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");
                using var response = await service.Client.PostAsync(new Uri("/import?name=crash.jsonl", UriKind.Relative), content, CancellationToken.None);
                var answer = await response.Content.ReadAsStringAsync(CancellationToken.None);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{write.Description} answered {(int)response.StatusCode}: {answer}\nservice output:\n{service.Output}");
                model.Acknowledge(write);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return;
            }
        }
    }

    private static void Settle(WriteCrashModel model, PendingWrite write, JsonElement response)
    {
        Assert.True(response.ErrorCodes().Count == 0, $"{write.Description} failed: {response}");
        model.Acknowledge(write);
    }

    private static async Task<string> VersionAsync(HttpClient client, string id) =>
        (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Firm { version } } }", new { id })).Data("node").GetProperty("version").GetString()!;

    private string NewId() => $"firm:c{Interlocked.Increment(ref _next)}";

    private static string NameOf(string id) => $"Crashfirm zq{id[6..]}w";

    private static async Task AssertStoreHoldsTheModelAsync(ServiceProcess service, WriteCrashModel model)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await service.Client.PostGraphQLAsync(FirmPage, new { after })).Data("firms");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                stored[node.GetProperty("id").GetString()!] = node.GetProperty("name").GetString()!;
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Empty(model.Settle(stored));
        Assert.Equal(model.Snapshot().OrderBy(p => p.Key, StringComparer.Ordinal), stored.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static async Task AssertSearchAgreesAsync(ServiceProcess service, WriteCrashModel model, Random random)
    {
        using (var health = JsonDocument.Parse(await service.Client.GetStringAsync(new Uri("/health", UriKind.Relative))))
        {
            var sequence = health.RootElement.GetProperty("checks").GetProperty("graph-store").GetProperty("data").GetProperty("lastSequence").GetInt64();
            await service.WaitUntilSearchableAsync(sequence, TimeSpan.FromSeconds(60));
        }

        var count = (await service.Client.PostGraphQLAsync("{ search(query: \"crashfirm\", types: [FIRM], first: 0) { totalCount } }")).Data("search");
        Assert.Equal(model.Count, count.GetProperty("totalCount").GetInt32());
        foreach (var (id, name) in model.Snapshot().OrderBy(_ => random.Next()).Take(10))
        {
            var hits = (await service.Client.PostGraphQLAsync("query($q: String!) { search(query: $q, first: 5) { nodes { entity { id } } } }", new { q = name })).Data("search");
            Assert.Contains(id, hits.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("id").GetString()));
        }
    }
}
