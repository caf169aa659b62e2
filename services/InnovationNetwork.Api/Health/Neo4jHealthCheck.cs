using InnovationNetwork.Api.GraphStore;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>
/// Healthy when Neo4j answers; reports its version, edition and database. Bounded by a short timeout, so an
/// unreachable server makes the service unready quickly instead of holding the probe through every retry.
/// </summary>
internal sealed class Neo4jHealthCheck(Neo4jGraphStore store) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Adds the check only when the service runs on Neo4j, and bounds every other ready check by the same timeout:
    /// the store check's read would otherwise wait out each retry of a server that does not answer.
    /// </summary>
    public static void AddWhenConfigured(IHostApplicationBuilder builder)
    {
        if (!GraphStoreProviderOptions.Read(builder.Configuration).UsesNeo4j)
        {
            return;
        }

        builder.Services.AddHealthChecks().AddCheck<Neo4jHealthCheck>("neo4j", tags: ["ready"]);
        // PostConfigure: checks registered later (search) are bounded too.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Timeout == System.Threading.Timeout.InfiniteTimeSpan || r.Timeout > Timeout))
            {
                registration.Timeout = Timeout;
            }
        });
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var server = await store.GetServerInfoAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{server.Product} {server.Version} answers", new Dictionary<string, object>
            {
                ["server"] = server.Server,
                ["database"] = server.Database,
                ["version"] = server.Version,
                ["edition"] = server.Edition,
            });
        }
        catch (GraphStoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Neo4j did not answer within {Timeout.TotalSeconds:0} s.");
        }
    }
}
