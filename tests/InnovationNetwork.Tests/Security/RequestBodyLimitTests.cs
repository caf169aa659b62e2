using System.Net;
using System.Text;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>The service-wide request body limit: a declared body over it is refused with 413 before it is read.</summary>
public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task Post_BodyOverTheServiceLimit_ShouldBe413RequestTooLarge()
    {
        // The GraphQL endpoint's own limit is higher, so this 413 comes from the service-wide limit.
        using var factory = ProtectedHost.Start(("RequestLimits:MaxRequestBodyBytes", "2048"), ("GraphQL:Http:MaxRequestBytes", "65536"));
        var body = $$$"""{"query":"{ __typename }","extensions":{"pad":"{{{new string('x', 4096)}}}"}}""";

        var response = await SendAsync(factory.CreateClient(), Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Message.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", response.ErrorCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimitToAnyPath_ShouldBe413()
    {
        using var factory = ProtectedHost.Start(("RequestLimits:MaxRequestBodyBytes", "2048"));
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('x', 4096)));

        var response = await factory.CreateClient().PostAsync(new Uri("/health", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyUnderTheLimit_ShouldBeAnswered()
    {
        using var factory = ProtectedHost.Start(("RequestLimits:MaxRequestBodyBytes", "2048"));

        var response = await SendAsync(factory.CreateClient(), Post("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
    }
}
