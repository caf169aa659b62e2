using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>
/// What the Neo4j store sends and how it reads the answers, against a loopback server replying with recorded
/// shapes. The contract suite (Neo4jGraphStoreContractTests) checks behaviour against a real server.
/// </summary>
public sealed class Neo4jGraphStoreRequestTests
{
    private static readonly HttpClient Http = new();

    private static FakeResponse Answer(RecordedRequest request, int layout = 1) => request.Path switch
    {
        var p when p.EndsWith("/tx", StringComparison.Ordinal) => FakeResponse.Typed(RecordedShapes.TransactionOpened),
        var p when p.EndsWith("/commit", StringComparison.Ordinal) => new FakeResponse(200, RecordedShapes.Committed),
        var p when p.Contains("/tx/", StringComparison.Ordinal) => FakeResponse.Typed(RecordedShapes.TransactionStatement),
        _ when request.Statement.Contains("RETURN s.layout", StringComparison.Ordinal) =>
            FakeResponse.Typed($$"""{"data":{"fields":["layout"],"values":[[{"$type":"Integer","_value":"{{layout}}"}]]},"bookmarks":[]}"""),
        _ => FakeResponse.Typed(RecordedShapes.Empty),
    };

    [Fact]
    public async Task Open_ShouldApplyEverySchemaStatementIdempotentlyInItsOwnRequest()
    {
        using var server = new FakeQueryApiServer(r => Answer(r));

        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);

        var generated = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "graph-schema", "neo4j"), "*.cypher")
            .Sum(f => File.ReadAllLines(f).Count(l => l.StartsWith("CREATE", StringComparison.Ordinal)));
        var schemaRequests = server.RequestList.Where(r => r.Statement.StartsWith("CREATE", StringComparison.Ordinal)).ToList();
        Assert.Equal(generated + 4, schemaRequests.Count);
        Assert.All(schemaRequests, r => Assert.Contains("IF NOT EXISTS", r.Statement, StringComparison.Ordinal));
        Assert.All(schemaRequests, r => Assert.DoesNotContain(";", r.Statement, StringComparison.Ordinal));
        Assert.Contains(schemaRequests, r => r.Statement.Contains("FOR (n:GraphNode) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_DataFromANewerLayout_ShouldBeRefused()
    {
        using var server = new FakeQueryApiServer(r => Answer(r, layout: 99));

        var error = await Assert.ThrowsAsync<StoreVersionException>(() => Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http));

        Assert.Contains("layout version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_ShouldSendTypedUnwindBatchesNodesFirstThenRelationshipsThenTheFeedInOneTransaction()
    {
        using var server = new FakeQueryApiServer(r => Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);
        var project = new GraphNode("project:p1", "Project", PropertyMap.From(("title", "P1"), ("budgetGbp", 100000), ("startDate", "2024-05-01")));
        var lab = SampleGraph.Lab("amrc", "AMRC", founded: 2001);

        var last = await store.WriteAsync(new GraphBatch
        {
            Nodes = [project, SampleGraph.Skill("ml", "Machine learning"), lab],
            Relationships = [SampleGraph.Rel("project:p1", "USES_SKILL", "skill:ml")],
        });

        var tx = server.RequestList.SkipWhile(r => !r.Path.EndsWith("/tx", StringComparison.Ordinal)).ToList();
        Assert.Contains("SET s.last = s.last + $count", tx[0].Statement, StringComparison.Ordinal);
        Assert.Equal("4", tx[0].Parameter("count").GetProperty("_value").GetString());
        Assert.StartsWith("UNWIND $rows AS row\nMERGE (n:GraphNode {id: row.id})", tx[1].Statement, StringComparison.Ordinal);
        Assert.Contains("SET n = row.props\n", tx[1].Statement, StringComparison.Ordinal);
        Assert.EndsWith("n:Project", tx[1].Statement, StringComparison.Ordinal);
        var props = tx[1].Parameter("rows").GetProperty("_value")[0].GetProperty("_value").GetProperty("props").GetProperty("_value");
        Assert.Equal("""{"$type":"Float","_value":"100000"}""", props.GetProperty("budgetGbp").GetRawText());
        Assert.Equal("""{"$type":"Date","_value":"2024-05-01"}""", props.GetProperty("startDate").GetRawText());
        Assert.EndsWith("n:Skill", tx[2].Statement, StringComparison.Ordinal);
        var labProps = tx[3].Parameter("rows").GetProperty("_value")[0].GetProperty("_value").GetProperty("props").GetProperty("_value");
        Assert.Equal("""{"$type":"Integer","_value":"2001"}""", labProps.GetProperty("founded").GetRawText());
        Assert.Contains("MERGE (s)-[r:USES_SKILL]->(e)", tx[4].Statement, StringComparison.Ordinal);
        Assert.Contains("CREATE (c:GraphChange)", tx[5].Statement, StringComparison.Ordinal);
        var sequences = tx[5].Parameter("rows").GetProperty("_value").EnumerateArray()
            .Select(r => r.GetProperty("_value").GetProperty("seq").GetProperty("_value").GetString());
        Assert.Equal(["42", "43", "44", "45"], sequences);
        Assert.EndsWith("/commit", tx[6].Path, StringComparison.Ordinal);
        Assert.Equal(45, last);
    }

    [Fact]
    public async Task SessionDisposedWithoutCommit_ShouldSendNoWrite()
    {
        using var server = new FakeQueryApiServer(r => Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);
        var before = server.RequestList.Length;

        await using (var session = await store.BeginWriteAsync())
        {
            Assert.True(await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC")));
        }

        Assert.All(server.RequestList.Skip(before), r => Assert.Equal("Read", r.Json.GetProperty("accessMode").GetString()));
    }

    [Fact]
    public async Task GetNodes_ShouldReturnTheSchemaLabelAndPropertiesWithoutTheStoredId()
    {
        using var server = new FakeQueryApiServer(r => r.Statement.StartsWith("UNWIND $ids", StringComparison.Ordinal)
            ? FakeResponse.Typed("""
                {"data":{"fields":["id","labels","props"],"values":[[{"$type":"String","_value":"lab:amrc"},
                  {"$type":"List","_value":[{"$type":"String","_value":"GraphNode"},{"$type":"String","_value":"Lab"}]},
                  {"$type":"Map","_value":{"id":{"$type":"String","_value":"lab:amrc"},"name":{"$type":"String","_value":"AMRC"},"founded":{"$type":"Integer","_value":"2001"}}}]]},"bookmarks":[]}
                """)
            : Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);

        var node = Assert.Single(await store.GetNodesAsync(["lab:amrc"]));

        Assert.Equal("Lab", node.Label);
        Assert.Equal(PropertyMap.From(("name", "AMRC"), ("founded", 2001)), node.Properties);
    }

    [Fact]
    public async Task ListNodes_UserText_ShouldTravelAsAParameterNeverInTheStatement()
    {
        using var server = new FakeQueryApiServer(r => r.Statement.Contains("count(n)", StringComparison.Ordinal)
            ? FakeResponse.Typed("""{"data":{"fields":["total"],"values":[[{"$type":"Integer","_value":"0"}]]},"bookmarks":[]}""")
            : Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);
        const string Hostile = "x' }) detach delete n //";

        await store.ListNodesAsync(new NodeQuery("Lab") { TextContains = Hostile, InRegions = ["region:TLE"] });

        var page = server.RequestList.Single(r => r.Statement.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.DoesNotContain("detach", page.Statement, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(page.Json.GetProperty("parameters").EnumerateObject(), p => p.Value.GetProperty("_value").ValueKind == JsonValueKind.String
            && p.Value.GetProperty("_value").GetString() == Hostile);
    }

    [Fact]
    public async Task ListNodes_UnknownLabel_ShouldBeRefusedBeforeAnyRequest()
    {
        using var server = new FakeQueryApiServer(r => Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);
        var before = server.RequestList.Length;

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListNodesAsync(new NodeQuery("Lab) DETACH DELETE (n")));

        Assert.Equal(before, server.RequestList.Length);
    }

    [Fact]
    public async Task ListNodes_OrderedByABoolean_ShouldSortAndPageOnZeroAndOne()
    {
        using var server = new FakeQueryApiServer(r => Answer(r));
        await using var store = await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http);
        var after = new PageCursor("Lab:openToCollaboration:asc", false, JsonSerializer.SerializeToElement(1), "lab:amrc").Encode();

        await store.ListNodesAsync(new NodeQuery("Lab") { OrderBy = "openToCollaboration", After = after, IncludeTotalCount = false });

        var page = server.RequestList.Single(r => r.Statement.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains("CASE coalesce(n.openToCollaboration", page.Statement, StringComparison.Ordinal);
        Assert.Contains(page.Json.GetProperty("parameters").EnumerateObject(), p => p.Value.GetRawText() == """{"$type":"Integer","_value":"1"}""");
    }
}
