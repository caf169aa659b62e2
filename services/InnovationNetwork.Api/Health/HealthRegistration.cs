using System.Text.Json;
using InnovationNetwork.Api.GraphStore;
using InnovationNetwork.Graph.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

public static class HealthRegistration
{
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store", tags: ["ready"]);
        Neo4jHealthCheck.AddWhenConfigured(builder);
        return builder;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health</c> and <c>/health/ready</c>: the store answers too, with details.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteJsonAsync };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions), context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Healthy when the store answers. It reads the last change sequence, which costs one lookup at any size; counting nodes here would scan the whole graph on every probe.
/// </summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store, IConfiguration configuration) : IHealthCheck
{
    private readonly string _provider = GraphStoreProviderOptions.Read(configuration).UsesNeo4j ? "Neo4j" : "embedded";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var lastSequence = await store.GetLastSequenceAsync(cancellationToken);
            return HealthCheckResult.Healthy($"the {_provider} graph store answers", new Dictionary<string, object>
            {
                ["lastSequence"] = lastSequence,
            });
        }
        catch (GraphStoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
