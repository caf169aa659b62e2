using System.Net;
using System.Text.Json;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Neo4j;
using InnovationNetwork.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Tests.Api;

/// <summary>GraphStore:Provider=Neo4j: start-up validation, clear start-up failures, and the health check (against the loopback fake).</summary>
public sealed class Neo4jProviderTests
{
    private static WebApplicationFactory<Program> Host(params (string Key, string? Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("GraphStore:Provider", "Neo4j");
            web.UseSetting("Seed:LoadWhenEmpty", "false");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    private static FakeResponse Answer(RecordedRequest request) => request.Statement switch
    {
        var s when s.Contains("dbms.components", StringComparison.Ordinal) => FakeResponse.Typed("""
            {"data":{"fields":["name","version","edition"],"values":[[{"$type":"String","_value":"Neo4j Kernel"},
              {"$type":"String","_value":"5.26.0"},{"$type":"String","_value":"community"}]]},"bookmarks":[]}
            """),
        var s when s.Contains("RETURN s.layout", StringComparison.Ordinal) || s.Contains("coalesce(s.last, 0) AS last", StringComparison.Ordinal) =>
            FakeResponse.Typed("""{"data":{"fields":["value"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}"""),
        _ => FakeResponse.Typed(RecordedShapes.Empty),
    };

    [Fact]
    public void Start_WithoutNeo4jUri_ShouldStopWithAMessageNamingTheSetting()
    {
        using var factory = Host();

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Neo4j:Uri is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAnUnknownProvider_ShouldStopWithAMessageNamingTheChoices()
    {
        using var factory = Host(("GraphStore:Provider", "Mongo"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("GraphStore:Provider must be 'Embedded' or 'Neo4j'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithWrongCredentials_ShouldStopNamingTheCause()
    {
        using var server = new FakeQueryApiServer(new FakeResponse(401, RecordedShapes.Unauthorized));
        using var factory = Host(("Neo4j:Uri", server.Uri.ToString()), ("Neo4j:User", "neo4j"), ("Neo4j:Password", "wrong-password"));

        var error = Assert.Throws<Neo4jStoreException>(() => factory.CreateClient());

        Assert.Equal(Neo4jFailure.Unauthorized, error.Failure);
        Assert.Contains("refused the credentials", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_OnNeo4j_ShouldReportTheServerVersionAndUseTheNeo4jStore()
    {
        using var server = new FakeQueryApiServer(Answer);
        using var factory = Host(("Neo4j:Uri", server.Uri.ToString()), ("Neo4j:User", "neo4j"), ("Neo4j:Password", "s3cret-pass"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var neo4j = body.RootElement.GetProperty("checks").GetProperty("neo4j");
        Assert.Equal("Healthy", neo4j.GetProperty("status").GetString());
        Assert.Equal("5.26.0", neo4j.GetProperty("data").GetProperty("version").GetString());
        Assert.IsType<Neo4jGraphStore>(factory.Services.GetRequiredService<IGraphStore>());
        var checks = factory.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.All(checks, c => Assert.Equal(TimeSpan.FromSeconds(5), c.Timeout));
        Assert.Contains(server.RequestList, r => r.Statement.Contains("graph_node_id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_WhenNeo4jGoesAway_ShouldReportUnhealthy()
    {
        var up = true;
        using var server = new FakeQueryApiServer(r => up ? Answer(r) : new FakeResponse(503, RecordedShapes.Error("Neo.TransientError.General.DatabaseUnavailable", "Database unavailable")));
        using var factory = Host(
            ("Neo4j:Uri", server.Uri.ToString()), ("Neo4j:User", "neo4j"), ("Neo4j:Password", "s3cret-pass"), ("Neo4j:MaxRetries", "0"));
        using var client = factory.CreateClient();
        up = false;

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("neo4j").GetProperty("status").GetString());
    }
}
