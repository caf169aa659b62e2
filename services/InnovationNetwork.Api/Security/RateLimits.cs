using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace InnovationNetwork.Api.Security;

/// <summary>The rate-limiting policies endpoints can use.</summary>
public static class RateLimitPolicies
{
    /// <summary>Per caller: per key name with a key, else per client address. For <c>/graphql</c> and <c>/import</c>.</summary>
    public const string Api = "api";
}

/// <summary>
/// A token bucket per caller: up to <see cref="Burst"/> requests at once, refilled at <see cref="PermitsPerMinute"/>.
/// Section <c>RateLimiting</c>. The defaults only stop floods: a test suite or a benchmark from one address stays under them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>False turns rate limiting off (e.g. behind a gateway that already limits).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a caller may make per minute, sustained.</summary>
    [Range(1, 10_000_000)]
    public int PermitsPerMinute { get; set; } = 60_000;

    /// <summary>Requests a caller may make at once before the refill rate applies.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 2_000;
}

internal static class RateLimitRegistration
{
    // Refill ten times a second when the rate allows: smooth enough that a client told "retry after 1 s" finds permits waiting.
    private static readonly TimeSpan FastestRefill = TimeSpan.FromMilliseconds(100);

    public static void AddApiRateLimiter(this IServiceCollection services, RateLimitOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicies.Api, context => Partition(context, options));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var logger = context.RequestServices.GetRequiredService<ILogger<RateLimitOptions>>();
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.RateLimited(PartitionKey(context));
                }

                await SecurityResponses.WriteErrorAsync(
                    context,
                    StatusCodes.Status429TooManyRequests,
                    SecurityErrorCodes.RateLimited,
                    $"too many requests from this caller; retry after {seconds} s");
            };
        });

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        // Below ten a second, one permit per period; above, several per 100 ms, so any rate is honoured.
        var slow = options.PermitsPerMinute * FastestRefill.TotalMinutes < 1;
        return RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Burst,
            TokensPerPeriod = slow ? 1 : (int)Math.Round(options.PermitsPerMinute * FastestRefill.TotalMinutes),
            ReplenishmentPeriod = slow ? TimeSpan.FromMinutes(1.0 / options.PermitsPerMinute) : FastestRefill,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    // Keys and addresses cannot collide: key names never contain ':' and every partition is prefixed.
    private static string PartitionKey(HttpContext context) =>
        context.User.GetCaller().KeyName is { } name
            ? "key:" + name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
