using System.Text;
using InnovationNetwork.Graph.Neo4j;
using InnovationNetwork.Graph.Neo4j.QueryApi;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>Request bodies and response decoding of the Query API client, against recorded shapes on a loopback server.</summary>
public sealed class QueryApiClientTests
{
    private static readonly HttpClient Http = new();

    public static Neo4jStoreOptions Options(Uri uri, int retries = 2) => new()
    {
        Uri = uri.ToString(),
        Database = "graphs",
        User = "neo4j",
        Password = "s3cret-pass",
        MaxRetries = retries,
    };

    [Fact]
    public async Task ImplicitRead_ShouldPostTypedParametersReadModeAndBasicAuthToTheNamedDatabase()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(202, RecordedShapes.PlainNodeAndName));
        var client = new QueryApiClient(Http, Options(server.Uri));

        await client.RunAsync(
            new QueryStatement("MATCH (n:Lab) WHERE n.founded = $year AND n.weight = $weight AND n.since = $since RETURN n", new Dictionary<string, object?>
            {
                ["year"] = 2001,
                ["weight"] = 1.0,
                ["since"] = new DateOnly(2024, 5, 1),
            }),
            AccessMode.Read);

        var request = Assert.Single(server.RequestList);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/graphs/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pass")), request.Headers["Authorization"]);
        Assert.StartsWith("application/vnd.neo4j.query", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("""{"$type":"Integer","_value":"2001"}""", request.Parameter("year").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"1"}""", request.Parameter("weight").GetRawText());
        Assert.Equal("""{"$type":"Date","_value":"2024-05-01"}""", request.Parameter("since").GetRawText());
    }

    [Fact]
    public async Task PlainResponse_ShouldDecodeFieldsRowsNodesAndBookmarks()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(202, RecordedShapes.PlainNodeAndName));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var result = await client.RunAsync(new QueryStatement("MATCH (n) RETURN n AS lab, n.name AS name"), AccessMode.Read);

        Assert.Equal(["lab", "name"], result.Fields);
        var row = Assert.Single(result.Rows);
        Assert.Equal("AMRC", result.Get(row, "name").GetString());
        Assert.Equal(2001, result.Get(row, "lab").GetProperty("properties").GetProperty("founded").GetInt64());
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task TypedResponse_ShouldDecodeToThePlainShape()
    {
        using var server = new FakeQueryApiServer(FakeResponse.Typed(RecordedShapes.TypedValues));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var result = await client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read);

        var row = Assert.Single(result.Rows);
        var lab = result.Get(row, "lab");
        Assert.Equal(["GraphNode", "Lab"], lab.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2001, lab.GetProperty("properties").GetProperty("founded").GetInt64());
        Assert.Equal("100000", result.Get(row, "budget").GetRawText());
        Assert.Equal(2001, result.Get(row, "founded").GetInt64());
        Assert.Equal("2024-05-01", result.Get(row, "started").GetString());
        Assert.Equal("""["robotics",null]""", result.Get(row, "tags").GetRawText());
    }

    [Fact]
    public async Task TypedRelationship_ShouldDecodeTypeEndsAndProperties()
    {
        using var server = new FakeQueryApiServer(FakeResponse.Typed(RecordedShapes.TypedRelationship));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var r = (await client.RunAsync(new QueryStatement("MATCH ()-[r]->() RETURN r"), AccessMode.Read)).Rows[0][0];

        Assert.Equal("HAS_SKILL", r.GetProperty("type").GetString());
        Assert.Equal("4:ff04df25:1", r.GetProperty("startNodeElementId").GetString());
        Assert.Equal(5, r.GetProperty("properties").GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task Counters_WhenAskedFor_ShouldBeRequestedAndDecoded()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(202, RecordedShapes.Counters));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var result = await client.RunAsync(new QueryStatement("CREATE (a), (b)") { IncludeCounters = true }, AccessMode.Write);

        Assert.True(server.RequestList[0].Json.GetProperty("includeCounters").GetBoolean());
        Assert.Equal("Write", server.RequestList[0].Json.GetProperty("accessMode").GetString());
        Assert.Equal(new QueryCounters(true, 2, 0, 6, 1, 0, 4, 0, 0, false), result.Counters);
    }

    [Fact]
    public async Task ErrorsArray_WithASuccessStatus_ShouldStillFail()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(202, RecordedShapes.FailedAfterStreaming));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1/0 AS x"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.StatementFailed, error.Failure);
        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Single(server.RequestList);
    }

    [Fact]
    public async Task TransientError_ShouldBeRetriedUntilItSucceeds()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(503, RecordedShapes.Deadlock), new FakeResponse(202, RecordedShapes.Empty));
        var client = new QueryApiClient(Http, Options(server.Uri));

        await client.RunAsync(new QueryStatement("MATCH (n) RETURN n"), AccessMode.Read);

        Assert.Equal(2, server.RequestList.Length);
    }

    [Fact]
    public async Task TransientError_BeyondTheRetryBudget_ShouldFailAsTransient()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(503, RecordedShapes.Deadlock));
        var client = new QueryApiClient(Http, Options(server.Uri, retries: 1));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.Transient, error.Failure);
        Assert.Equal(2, server.RequestList.Length);
    }

    [Fact]
    public async Task WrongCredentials_ShouldFailOnceAndNameTheSettings()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(401, RecordedShapes.Unauthorized));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.Unauthorized, error.Failure);
        Assert.Contains("Neo4j:Password", error.Message, StringComparison.Ordinal);
        Assert.Single(server.RequestList);
    }

    [Fact]
    public async Task UnauthorizedWithoutABody_ShouldStillNameTheCause()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(401, string.Empty));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.Unauthorized, error.Failure);
    }

    [Fact]
    public async Task UnknownDatabase_ShouldNameIt()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(404, RecordedShapes.DatabaseNotFound));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.DatabaseNotFound, error.Failure);
        Assert.Contains("'graphs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_ShouldBeRetriedThenNamed()
    {
        var client = new QueryApiClient(Http, Options(new Uri($"http://127.0.0.1:{FakeQueryApiServer.FreePort()}/"), retries: 1));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.Unreachable, error.Failure);
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_ShouldBeSentInsteadOfBasic()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(202, RecordedShapes.Empty));
        var options = Options(server.Uri);
        options.User = null;
        options.Password = null;
        options.Token = "eyJhbGciOi";
        var client = new QueryApiClient(Http, options);

        await client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read);

        Assert.Equal("Bearer eyJhbGciOi", server.RequestList[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task NoQueryApiAtTheAddress_ShouldSayWhichServerVersionIsNeeded()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(404, "<html>Not Found</html>", "text/html"));
        var client = new QueryApiClient(Http, Options(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => client.RunAsync(new QueryStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(Neo4jFailure.Protocol, error.Failure);
        Assert.Contains("Neo4j 5.26 or later", error.Message, StringComparison.Ordinal);
        Assert.Single(server.RequestList);
    }
}
