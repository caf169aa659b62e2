using System.Text.Json;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>No N+1: nested fields cost a constant number of store calls, whatever the number of results.</summary>
public sealed class BatchLoadingTests : IDisposable
{
    private const string Query = """
        query($n: Int) { labs(first: $n) { nodes { name region { name parents { name } } skills { level skill { name } } projects { role project { title } } } } }
        """;

    private readonly ApiFactory _factory;
    private CountingGraphStore? _counter;

    public BatchLoadingTests() => _factory = new ApiFactory(services =>
    {
        services.AddSingleton<IGraphStore>(provider => _counter = new CountingGraphStore(provider.GetRequiredService<SqliteGraphStore>()));
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FiftyLabs_WithSkillsRegionsAndProjects_ShouldCostTheSameStoreCallsAsFive()
    {
        await _factory.ExecuteAsync("{ __typename }");
        // The search index reads the store while it builds; only the queries' own reads should count.
        await _factory.WaitForSearchAsync();

        var five = await CallsForAsync(5);
        var fifty = await CallsForAsync(50);

        Assert.Equal(five, fifty);
        Assert.InRange(fifty, 1, 8);
    }

    private async Task<int> CallsForAsync(int labs)
    {
        _counter!.Reset();
        var result = await _factory.ExecuteAsync(Query, new { n = labs });
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(labs, result.GetProperty("data").GetProperty("labs").GetProperty("nodes").GetArrayLength());
        Assert.Contains(result.GetProperty("data").GetProperty("labs").GetProperty("nodes").EnumerateArray(),
            l => l.GetProperty("projects").GetArrayLength() > 0 && l.GetProperty("region").ValueKind == JsonValueKind.Object);
        return _counter.Reads;
    }
}
