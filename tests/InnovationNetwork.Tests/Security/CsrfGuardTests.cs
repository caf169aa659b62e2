using System.Net;
using System.Text;
using InnovationNetwork.Tests.Support;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>The cross-site guard: browsers acting for other sites are refused; servers, same-origin pages and allowed origins are not.</summary>
public sealed class CsrfGuardTests : IDisposable
{
    private const string Query = """{"query":"{ __typename }"}""";
    private const string Allowed = "https://app.example.org";

    private readonly ApiFactory _factory = ProtectedHost.Start(("Cors:AllowedOrigins:0", Allowed));

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("cross-site", "navigate", null)]
    [InlineData("cross-site", "no-cors", null)]
    [InlineData("cross-site", "cors", "https://evil.example")]
    [InlineData("same-site", "cors", "https://other.example.org")]
    [InlineData("cross-site", "navigate", Allowed)]
    public async Task Get_SentCrossSiteByABrowser_ShouldBe403Forbidden(string site, string mode, string? origin)
    {
        using var request = Get("{ __typename }");
        request.Headers.Add("Sec-Fetch-Site", site);
        request.Headers.Add("Sec-Fetch-Mode", mode);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.Forbidden, response.Message.StatusCode);
        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Contains("another site", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromAnOriginNotAllowedWithoutFetchMetadata_ShouldBe403()
    {
        using var request = Post(Query);
        request.Headers.Add("Origin", "https://evil.example");

        var response = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.Forbidden, response.Message.StatusCode);
        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }

    [Theory]
    [InlineData("same-origin", "cors", null)]
    [InlineData("none", "navigate", null)]
    [InlineData("cross-site", "cors", Allowed)]
    [InlineData(null, null, "http://localhost")]
    [InlineData(null, null, null)]
    public async Task Request_SameOriginAllowedOriginOrNoBrowser_ShouldBeAnswered(string? site, string? mode, string? origin)
    {
        using var request = Post(Query);
        AddIfGiven(request, "Sec-Fetch-Site", site);
        AddIfGiven(request, "Sec-Fetch-Mode", mode);
        AddIfGiven(request, "Origin", origin);

        var response = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=xyz")]
    [InlineData("text/plain")]
    [InlineData("TEXT/PLAIN; charset=utf-8")]
    public async Task Post_WithAFormContentType_ShouldBe415(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Query)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Message.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.ErrorCode);
        Assert.Contains("form", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphiQLPage_NavigatedToFromAnotherSite_ShouldStillLoad()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphiql", UriKind.Relative));
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Sec-Fetch-Mode", "navigate");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static void AddIfGiven(HttpRequestMessage request, string header, string? value)
    {
        if (value is not null)
        {
            request.Headers.Add(header, value);
        }
    }
}
