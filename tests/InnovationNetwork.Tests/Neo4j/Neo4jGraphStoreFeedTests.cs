using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>Decoding of the change feed and the region closure, from typed rows in the Query API's recorded shape.</summary>
public sealed class Neo4jGraphStoreFeedTests
{
    private static readonly HttpClient Http = new();

    private static FakeResponse Rows(string fields, params string[] rows) => FakeResponse.Typed(
        $$"""{"data":{"fields":[{{fields}}],"values":[{{string.Join(",", rows)}}]},"bookmarks":[]}""");

    private static string S(string? value) => value is null ? """{"$type":"Null","_value":null}""" : $$"""{"$type":"String","_value":"{{value}}"}""";

    private static string I(long value) => $$"""{"$type":"Integer","_value":"{{value}}"}""";

    private static async Task<(FakeQueryApiServer Server, Neo4jGraphStore Store)> OpenAsync(Func<RecordedRequest, FakeResponse?> answer)
    {
        var server = new FakeQueryApiServer(r => answer(r) ?? (r.Statement.Contains("RETURN s.layout", StringComparison.Ordinal)
            ? Rows("\"layout\"", $"[{I(1)}]")
            : FakeResponse.Typed(RecordedShapes.Empty)));
        return (server, await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http));
    }

    [Fact]
    public async Task Changes_MoreThanTheLimit_ShouldStopAtTheLimitAndContinueFromTheLastOneReturned()
    {
        const string Fields = "\"last\",\"seq\",\"kind\",\"nodeId\",\"label\",\"startId\",\"type\",\"endId\"";
        var (server, store) = await OpenAsync(r => r.Statement.Contains("GraphChange", StringComparison.Ordinal) && r.Statement.Contains("c.seq > $after", StringComparison.Ordinal)
            ? Rows(
                Fields,
                $"[{I(9)},{I(5)},{S("NodeUpserted")},{S("lab:a")},{S("Lab")},{S(null)},{S(null)},{S(null)}]",
                $"[{I(9)},{I(7)},{S("RelationshipDeleted")},{S(null)},{S(null)},{S("lab:a")},{S("HAS_SKILL")},{S("skill:ml")}]",
                $"[{I(9)},{I(8)},{S("NodeDeleted")},{S("lab:b")},{S("Lab")},{S(null)},{S(null)},{S(null)}]")
            : null);
        using (server)
        await using (store)
        {
            var page = await store.GetChangesAsync(4, 2);

            Assert.True(page.HasMore);
            Assert.Equal(7, page.LastSequence);
            Assert.Equal([GraphChangeKind.NodeUpserted, GraphChangeKind.RelationshipDeleted], page.Changes.Select(c => c.Kind));
            Assert.Equal(new Graph.Model.RelationshipKey("lab:a", "HAS_SKILL", "skill:ml"), page.Changes[1].Relationship);
            var request = server.RequestList.Last(r => r.Statement.Contains("c.seq > $after", StringComparison.Ordinal));
            Assert.Equal("3", request.Parameter("limit").GetProperty("_value").GetString());
        }
    }

    [Fact]
    public async Task Changes_NoneAfterTheCursor_ShouldReportTheStoresLastSequence()
    {
        const string Fields = "\"last\",\"seq\",\"kind\",\"nodeId\",\"label\",\"startId\",\"type\",\"endId\"";
        var (server, store) = await OpenAsync(r => r.Statement.Contains("c.seq > $after", StringComparison.Ordinal)
            ? Rows(Fields, $"[{I(12)},{S(null)},{S(null)},{S(null)},{S(null)},{S(null)},{S(null)},{S(null)}]")
            : null);
        using (server)
        await using (store)
        {
            var page = await store.GetChangesAsync(12, 100);

            Assert.Empty(page.Changes);
            Assert.False(page.HasMore);
            Assert.Equal(12, page.LastSequence);
        }
    }

    [Fact]
    public async Task RegionClosure_ShouldPutTheRegionFirstThenItsSubRegions()
    {
        var (server, store) = await OpenAsync(r => r.Statement.Contains("PART_OF*1..32", StringComparison.Ordinal)
            ? Rows("\"root\",\"id\",\"depth\"", $"[{S("region:TLE")},{S("region:TLE3")},{I(1)}]", $"[{S("region:TLE")},{S("region:TLE31")},{I(2)}]")
            : null);
        using (server)
        await using (store)
        {
            Assert.Equal(["region:TLE", "region:TLE3", "region:TLE31"], await store.GetRegionClosureAsync("region:TLE"));
        }
    }
}
