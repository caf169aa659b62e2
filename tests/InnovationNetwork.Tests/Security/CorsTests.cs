using System.Net;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>CORS: no headers at all by default; configured origins get GET/POST with Authorization and Content-Type.</summary>
public sealed class CorsTests
{
    private const string Query = """{"query":"{ __typename }"}""";
    private const string Allowed = "https://app.example.org";

    [Fact]
    public async Task Cors_ByDefault_ShouldSendNoCorsHeaders()
    {
        using var factory = ProtectedHost.Start();
        var client = factory.CreateClient();
        using var request = Post(Query);
        request.Headers.Add("Origin", Allowed);
        using var preflight = Preflight(Allowed);

        var response = await client.SendAsync(request);
        var preflightResponse = await client.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_ShouldBeAllowedWithItsMethodsAndHeaders()
    {
        using var factory = ProtectedHost.Start(("Cors:AllowedOrigins:0", Allowed));
        var client = factory.CreateClient();
        using var preflight = Preflight(Allowed);
        using var request = Post(Query);
        request.Headers.Add("Origin", Allowed);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Sec-Fetch-Mode", "cors");

        var preflightResponse = await client.SendAsync(preflight);
        var response = await client.SendAsync(request);

        Assert.True(preflightResponse.IsSuccessStatusCode, preflightResponse.StatusCode.ToString());
        Assert.Equal(Allowed, preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("authorization", string.Join(",", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_OtherOrigin_ShouldGetNoCorsHeaders()
    {
        using var factory = ProtectedHost.Start(("Cors:AllowedOrigins:0", Allowed));
        using var preflight = Preflight("https://evil.example");

        var response = await factory.CreateClient().SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://app.example.org/path")]
    [InlineData("app.example.org")]
    public void Cors_InvalidOrigin_ShouldStopTheServiceAtStartUp(string origin)
    {
        using var factory = ProtectedHost.Start(("Cors:AllowedOrigins:0", origin));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Cors:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/graphql", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
