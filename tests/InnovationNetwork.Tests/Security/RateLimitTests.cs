using System.Net;
using InnovationNetwork.Access;
using InnovationNetwork.Tests.Api;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>Per-caller token buckets on /graphql: 429 with Retry-After past the burst, one bucket per key.</summary>
public sealed class RateLimitTests
{
    private const string Query = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task Graphql_PastTheBurst_ShouldBe429WithRetryAfterAndRateLimited()
    {
        using var factory = ProtectedHost.Start(("RateLimiting:Burst", "3"), ("RateLimiting:PermitsPerMinute", "1"));
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await SendAsync(client, Post(Query))).Message.StatusCode);
        }

        var refused = await SendAsync(client, Post(Query));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Message.StatusCode);
        Assert.Equal("RATE_LIMITED", refused.ErrorCode);
        Assert.True(refused.Message.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), refused.Message.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task Graphql_EachKey_ShouldHaveItsOwnBucket()
    {
        using var factory = ProtectedHost.Start(("RateLimiting:Burst", "2"), ("RateLimiting:PermitsPerMinute", "1"));
        var first = factory.CreateClientWithKey(factory.CreateKey("first", AccessRole.Reader));
        var second = factory.CreateClientWithKey(factory.CreateKey("second", AccessRole.Reader));

        await SendAsync(first, Post(Query));
        await SendAsync(first, Post(Query));
        var firstRefused = await SendAsync(first, Post(Query));
        var secondServed = await SendAsync(second, Post(Query));
        var anonymousServed = await SendAsync(factory.CreateClient(), Post(Query));

        Assert.Equal(HttpStatusCode.TooManyRequests, firstRefused.Message.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondServed.Message.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymousServed.Message.StatusCode);
    }

    [Fact]
    public async Task Graphql_RateLimitingDisabled_ShouldNeverRefuse()
    {
        using var factory = ProtectedHost.Start(("RateLimiting:Enabled", "false"), ("RateLimiting:Burst", "1"), ("RateLimiting:PermitsPerMinute", "1"));
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, Post(Query))).Message.StatusCode);
        }
    }

    [Fact]
    public async Task Health_ShouldNotBeRateLimited()
    {
        using var factory = ProtectedHost.Start(("RateLimiting:Burst", "1"), ("RateLimiting:PermitsPerMinute", "1"));
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }
}
