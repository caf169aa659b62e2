using System.Net;
using System.Text.Json;
using InnovationNetwork.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnovationNetwork.Tests.Api;

/// <summary>The web host starts on an empty data folder, loads the seed before serving, and reports health.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly WebApplicationFactory<Program> _factory;

    public HealthEndpointTests() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("GraphStore:DataDirectory", _data.Path)
            .UseSetting("Seed:Directory", RepositoryPaths.Of("seed")));

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Health_OnFirstStart_ShouldReportTheSeededStore()
    {
        using var client = _factory.CreateClient();
        await _factory.WaitForSearchAsync();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var store = body.RootElement.GetProperty("checks").GetProperty("graph-store").GetProperty("data");
        Assert.True(store.GetProperty("lastSequence").GetInt64() > 500, "the seed was not loaded before the first request");
        Assert.True(File.Exists(Path.Combine(_data.Path, "graph.db")));
    }

    [Fact]
    public async Task Liveness_ShouldAnswer()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
