using System.Collections.Concurrent;
using InnovationNetwork.Access;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// 8 clients each make 1,000 acknowledged read-modify-write updates on a few shared firms, retrying on CONFLICT.
/// No update may be lost: each firm's counter must equal the updates acknowledged for it, exactly.
/// </summary>
public sealed class ConcurrentMutationTests
{
    private const int Clients = 8;
    private const int UpdatesPerClient = 1_000;
    private const int SharedFirms = 16;

    private const string Read = "query($id: ID!) { node(id: $id) { ... on Firm { employees version } } }";
    private const string Update = "mutation($id: ID!, $version: String!, $employees: Int!) { updateFirm(id: $id, version: $version, set: { employees: $employees }) { version } }";

    [Fact]
    public async Task UpdateFirm_EightConcurrentClients_ShouldLoseNoUpdate()
    {
        using var factory = new ApiFactory();
        factory.Settings["RateLimiting:Enabled"] = "false";
        var admin = factory.CreateClientWithKey(factory.CreateKey("load-admin", AccessRole.Admin));
        var firms = Enumerable.Range(0, SharedFirms).Select(i => $"firm:shared-{i:00}").ToArray();
        var created = await admin.PostGraphQLAsync(
            "mutation($inputs: [FirmInput!]!) { upsertFirms(inputs: $inputs) { created } }",
            new { inputs = firms.Select(id => new { id, name = id, employees = 0 }).ToArray() });
        Assert.Equal(SharedFirms, created.Data("upsertFirms").GetProperty("created").GetInt32());

        var acknowledged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var http = factory.CreateClientWithKey(factory.CreateKey($"load-client-{client}", AccessRole.Admin));
            var random = new Random(client);
            for (var done = 0; done < UpdatesPerClient;)
            {
                var id = firms[random.Next(firms.Length)];
                var node = (await http.PostGraphQLAsync(Read, new { id })).Data("node");
                var response = await http.PostGraphQLAsync(Update, new { id, version = node.GetProperty("version").GetString(), employees = node.GetProperty("employees").GetInt32() + 1 });
                if (response.ErrorCodes() is ["CONFLICT"])
                {
                    Interlocked.Increment(ref conflicts);
                    continue;
                }

                Assert.Empty(response.ErrorCodes());
                acknowledged.AddOrUpdate(id, 1, (_, n) => n + 1);
                done++;
            }
        })));

        foreach (var id in firms)
        {
            var employees = (await admin.PostGraphQLAsync(Read, new { id })).Data("node").GetProperty("employees").GetInt32();
            Assert.Equal(acknowledged.GetValueOrDefault(id), employees);
        }

        Assert.Equal(Clients * UpdatesPerClient, acknowledged.Values.Sum());
        Assert.True(conflicts > 0, "8 clients on 16 firms should have collided at least once; if not, the test proves nothing about conflicts");
    }
}
