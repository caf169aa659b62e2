using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;
using static InnovationNetwork.Tests.Support.SampleGraph;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// A real service process is killed with SIGKILL while the store changes under it and its index follows;
/// after every restart, search agrees with the store. The store is written by this test process (the
/// service only reads it), so every write is known to be committed.
/// </summary>
public sealed class SearchCrashTests
{
    private const int Rounds = 6;

    [Fact]
    public async Task KilledWhileIndexing_ShouldAgreeWithTheStoreAfterEachRestart()
    {
        await using var fixture = new StoreFixture();
        await fixture.Store.WriteAsync(new GraphBatch { Nodes = [Region("TLE3", "South Yorkshire", "ITL2")] });
        var settings = new Dictionary<string, string>
        {
            ["GraphStore:DataDirectory"] = fixture.DataDirectory,
            ["Seed:LoadWhenEmpty"] = "false",
            ["Search:PollMilliseconds"] = "20",
            ["Search:CommitSeconds"] = "1",
        };
        var random = new Random(20261129);
        var firms = new Dictionary<string, string>(); // id → its unique word, as the store has it now
        var deleted = new HashSet<string>();
        var next = 0;

        for (var round = 0; round < Rounds; round++)
        {
            using var service = ServiceProcess.Start(fixture.DataDirectory, settings);
            await service.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
            await AssertSearchAgreesAsync(service, fixture.Store, firms, deleted);

            // Write continuously while the service indexes, and kill it at a random moment in between.
            using var stop = new CancellationTokenSource();
            var writing = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await fixture.Store.WriteAsync(NextBatch(random, firms, deleted, ref next));
                }
            });
            await Task.Delay(random.Next(300, 2500));
            service.Kill();
            await stop.CancelAsync();
            await writing;
        }

        using var last = ServiceProcess.Start(fixture.DataDirectory, settings);
        await last.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        await AssertSearchAgreesAsync(last, fixture.Store, firms, deleted);
        Assert.True(firms.Count > 100 && deleted.Count > 10, $"too few writes to prove anything: {firms.Count} firms, {deleted.Count} deleted");
    }

    /// <summary>Adds firms with unique words, renames some, deletes some: every kind of change the index applies.</summary>
    private static GraphBatch NextBatch(Random random, Dictionary<string, string> firms, HashSet<string> deleted, ref int next)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        for (var i = 0; i < 20; i++, next++)
        {
            var id = $"firm:crash{next}";
            firms[id] = $"zq{next}w";
            nodes.Add(Firm($"crash{next}", $"Crashfirm {firms[id]}", "C", "small"));
            relationships.Add(Rel(id, "LOCATED_IN", "region:TLE3"));
        }

        var existing = firms.Keys.Where(id => !nodes.Any(n => n.Id == id)).OrderBy(_ => random.Next()).Take(6).ToList();
        foreach (var id in existing.Take(3))
        {
            firms[id] = $"rn{next}v{random.Next(1000)}x";
            nodes.Add(new GraphNode(id, "Firm", PropertyMap.From(("name", $"Crashfirm {firms[id]}"), ("sector", "C"))));
        }

        var deletes = existing.Skip(3).ToList();
        foreach (var id in deletes)
        {
            firms.Remove(id);
            deleted.Add(id);
        }

        return new GraphBatch { Nodes = nodes, Relationships = relationships, DeleteNodes = deletes };
    }

    private static async Task AssertSearchAgreesAsync(ServiceProcess service, IGraphStore store, Dictionary<string, string> firms, HashSet<string> deleted)
    {
        await service.WaitUntilSearchableAsync(await store.GetLastSequenceAsync(), TimeSpan.FromSeconds(60));

        var count = await service.GraphQLAsync("""{ search(query: "crashfirm", types: [FIRM], first: 0) { totalCount } }""");
        Assert.Equal(firms.Count, Data(count).GetProperty("search").GetProperty("totalCount").GetInt32());
        foreach (var (id, word) in firms.OrderBy(f => f.Key, StringComparer.Ordinal).Where((_, i) => i % Math.Max(1, firms.Count / 25) == 0))
        {
            Assert.Contains(id, await HitIdsAsync(service, word));
        }

        foreach (var id in deleted.Order(StringComparer.Ordinal).Take(25))
        {
            Assert.DoesNotContain(id, await HitIdsAsync(service, "crashfirm " + id.Replace("firm:crash", "zq", StringComparison.Ordinal) + "w"));
        }
    }

    private static async Task<List<string?>> HitIdsAsync(ServiceProcess service, string text)
    {
        var result = await service.GraphQLAsync("query($q: String!) { search(query: $q, first: 50) { nodes { entity { id } } } }", new { q = text });
        return Data(result).GetProperty("search").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("id").GetString()).ToList();
    }

    private static JsonElement Data(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) ? throw new InvalidOperationException(errors.ToString()) : result.GetProperty("data");
}
