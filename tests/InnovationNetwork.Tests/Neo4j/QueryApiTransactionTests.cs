using InnovationNetwork.Graph.Neo4j.QueryApi;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>Explicit transactions: paths, the cluster-affinity header, commit bookmarks, rollback and expiry.</summary>
public sealed class QueryApiTransactionTests
{
    private static readonly HttpClient Http = new();

    private static readonly Dictionary<string, string> Affinity = new() { [QueryApiClient.ClusterAffinityHeader] = "member-2" };

    [Fact]
    public async Task Transaction_ShouldEchoAffinityOnEveryFollowUpAndCarryCommitBookmarksToTheNextRead()
    {
        using var server = new FakeQueryApiServer(
            new FakeResponse(202, RecordedShapes.TransactionOpened, "application/vnd.neo4j.query", Affinity),
            FakeResponse.Typed(RecordedShapes.TransactionStatement),
            new FakeResponse(200, RecordedShapes.Committed),
            new FakeResponse(202, RecordedShapes.Empty));
        var client = new QueryApiClient(Http, QueryApiClientTests.Options(server.Uri));

        await using (var transaction = await client.BeginTransactionAsync(new QueryStatement("RETURN 41 AS base")))
        {
            Assert.Equal("4a7b9c3d", transaction.Id);
            Assert.Equal(41, transaction.FirstResult.Rows[0][0].GetInt64());
            await transaction.RunAsync(new QueryStatement("CREATE (n) RETURN 1 AS written"));
            await transaction.CommitAsync();
        }

        await client.RunAsync(new QueryStatement("MATCH (n) RETURN n"), AccessMode.Read);

        var requests = server.RequestList;
        Assert.Equal(4, requests.Length);
        Assert.Equal("/db/graphs/query/v2/tx", requests[0].Path);
        Assert.Equal("/db/graphs/query/v2/tx/4a7b9c3d", requests[1].Path);
        Assert.Equal("/db/graphs/query/v2/tx/4a7b9c3d/commit", requests[2].Path);
        Assert.False(requests[0].Headers.ContainsKey(QueryApiClient.ClusterAffinityHeader));
        Assert.All(requests[1..3], r => Assert.Equal("member-2", r.Headers[QueryApiClient.ClusterAffinityHeader]));
        Assert.Equal(["FB:committed-bookmark"], requests[3].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_ShouldRollBackWithDelete()
    {
        using var server = new FakeQueryApiServer(
            new FakeResponse(202, RecordedShapes.TransactionOpened, "application/vnd.neo4j.query", Affinity),
            new FakeResponse(200, RecordedShapes.Empty));
        var client = new QueryApiClient(Http, QueryApiClientTests.Options(server.Uri));

        await using (await client.BeginTransactionAsync(null))
        {
        }

        var rollback = server.RequestList[1];
        Assert.Equal("DELETE", rollback.Method);
        Assert.Equal("/db/graphs/query/v2/tx/4a7b9c3d", rollback.Path);
        Assert.Equal("member-2", rollback.Headers[QueryApiClient.ClusterAffinityHeader]);
    }

    [Fact]
    public async Task ExpiredTransaction_ShouldFailAsExpiredWithoutRetrying()
    {
        using var server = new FakeQueryApiServer(
            FakeResponse.Typed(RecordedShapes.TransactionOpened),
            new FakeResponse(404, RecordedShapes.TransactionNotFound));
        var client = new QueryApiClient(Http, QueryApiClientTests.Options(server.Uri));
        await using var transaction = await client.BeginTransactionAsync(null);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => transaction.RunAsync(new QueryStatement("CREATE (n)")));

        Assert.Equal(Neo4jFailure.TransactionExpired, error.Failure);
        Assert.False(error.IsRetriable);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestList.Length);
    }
}
