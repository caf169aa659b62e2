using System.Net;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Tests.Api;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>API keys as bearer tokens: none is anonymous, a good one is its key, anything else is a 401 and never a 5xx.</summary>
public sealed class BearerAuthenticationTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    private const string Query = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task Request_WithoutAuthorization_ShouldBeAnsweredAsAnonymous()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(null), Post(Query));

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Request_WithAValidKey_ShouldBeAnswered()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.ReaderToken), Post(Query));

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
    }

    [Theory]
    [InlineData("Bearer ink_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not known")]
    [InlineData("Bearer not-a-key", "not an API key token")]
    [InlineData("Bearer", "Bearer")]
    [InlineData("Bearer ", "Bearer")]
    [InlineData("Basic dXNlcjpwYXNz", "Bearer")]
    [InlineData("bearer  ink_\u00e9\u00e9\u00e9", "not an API key token")]
    [InlineData("Bearer ink_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "not an API key token")]
    public async Task Request_WithABadToken_ShouldBe401WithInvalidTokenAndUnauthenticated(string authorization, string because)
    {
        using var request = Post(Query);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await SendAsync(fixture.Factory.CreateClient(), request);

        AssertUnauthenticated(response, because);
    }

    [Fact]
    public async Task Request_WithAVeryLongToken_ShouldBe401NotA5xx()
    {
        using var request = Post(Query);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + new string('x', 16_000));

        var response = await SendAsync(fixture.Factory.CreateClient(), request);

        AssertUnauthenticated(response, "token is not an API key token");
    }

    [Fact]
    public async Task Request_WithTwoAuthorizationHeaders_ShouldBe401()
    {
        using var request = Post(Query);
        request.Headers.TryAddWithoutValidation("Authorization", ["Bearer " + fixture.ReaderToken, "Bearer " + fixture.AdminToken]);

        var response = await SendAsync(fixture.Factory.CreateClient(), request);

        AssertUnauthenticated(response, "one header");
    }

    [Fact]
    public async Task Request_WithARevokedKey_ShouldBe401SayingSo()
    {
        var token = fixture.Factory.CreateKey("soon-revoked", AccessRole.Reader);
        var client = fixture.Factory.CreateClientWithKey(token);
        var before = await SendAsync(client, Post(Query));

        ApiKeyStoreFor(fixture).Revoke("soon-revoked");
        var after = await SendAsync(client, Post(Query));

        Assert.Equal(HttpStatusCode.OK, before.Message.StatusCode);
        AssertUnauthenticated(after, "revoked");
    }

    [Fact]
    public async Task GetRequest_WithABadToken_ShouldBe401Too()
    {
        var client = fixture.Factory.CreateClientWithKey("ink_nope");

        var response = await SendAsync(client, Get("{ __typename }"));

        AssertUnauthenticated(response, "not an API key token");
    }

    private static ApiKeyStore ApiKeyStoreFor(SecurityFixture f) => ApiKeyStore.Open(f.Factory.KeyStorePath);

    private static void AssertUnauthenticated(TransportResponse response, string because)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Message.StatusCode);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.Contains("Bearer error=\"invalid_token\"", response.Message.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var message = response.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.True(message.Contains(because, StringComparison.Ordinal) || because == "Bearer", message);
        Assert.Equal(JsonValueKind.Object, response.Body.ValueKind);
        Assert.DoesNotContain("data", response.Body.EnumerateObject().Select(p => p.Name));
    }
}
