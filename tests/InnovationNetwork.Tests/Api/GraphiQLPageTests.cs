using System.Net;

namespace InnovationNetwork.Tests.Api;

/// <summary>/graphiql serves the IDE from the service itself, or says plainly that this build has no IDE files.</summary>
public sealed class GraphiQLPageTests(GraphQLTransportFixture fixture) : IClassFixture<GraphQLTransportFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    // The build copies the npm files beside the API assembly, and from there into this test's output.
    private static bool Bundled => File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql", "graphiql.min.js"));

    [Fact]
    public async Task Page_ShouldBeTheIdeWhenBundledAndAnExplanationOtherwise()
    {
        using var response = await _client.GetAsync(new Uri("/graphiql", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        if (Bundled)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
            Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("not available", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("graphiql-init.js", "text/javascript")]
    [InlineData("graphiql.min.js", "text/javascript")]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("react.production.min.js", "text/javascript")]
    [InlineData("react-dom.production.min.js", "text/javascript")]
    public async Task Asset_ShouldBeServedWithItsType(string file, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri("/graphiql/" + file, UriKind.Relative));

        // The start-up script is embedded in the assembly; the npm files exist only when the build bundled them.
        if (!Bundled && file != "graphiql-init.js")
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("..%2Fappsettings.json")]
    [InlineData("graphiql.js")]
    public async Task Asset_NotOneOfTheIdeFiles_ShouldBe404(string file)
    {
        using var response = await _client.GetAsync(new Uri("/graphiql/" + file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
