using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Search;

public static class SearchRegistration
{
    /// <summary>Registers the search index, its background follower and its health check.</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<SearchOptions>(SearchOptions.SectionName)
            .PostConfigure<IOptions<EmbeddedStoreOptions>>((options, store) =>
            {
                // Default: next to the store's data, so one folder holds everything a deployment keeps.
                // (On Neo4j the embedded options are unbound; their default folder still gives each instance a local index.)
                options.IndexDirectory = Path.Combine(
                    builder.Environment.ContentRootPath,
                    string.IsNullOrWhiteSpace(options.IndexDirectory) ? Path.Combine(store.Value.DataDirectory, "search") : options.IndexDirectory);
            });
        builder.Services.AddSingleton(services => new SearchIndexService(
            services.GetRequiredService<IGraphStore>(),
            services.GetRequiredService<IOptions<SearchOptions>>().Value,
            services.GetRequiredService<ILogger<SearchIndexService>>()));
        builder.Services.AddHostedService<SearchIndexWorker>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
        return builder;
    }
}

/// <summary>Runs the index's start-up check and change follower for the life of the host.</summary>
internal sealed class SearchIndexWorker(SearchIndexService index) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => index.RunAsync(stoppingToken), stoppingToken);
}

/// <summary>
/// Healthy when the index is in step with the store; degraded (still serving reads) while it builds or
/// catches up, with how far it has got; unhealthy when its last update failed.
/// </summary>
internal sealed class SearchIndexHealthCheck(SearchIndexService index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = index.Status;
        var data = new Dictionary<string, object>
        {
            ["state"] = status.State.ToString(),
            ["searchableSequence"] = status.AppliedSequence,
            ["storeSequence"] = status.StoreSequence,
        };
        if (status.State == SearchIndexState.Building)
        {
            data["documentsIndexed"] = status.DocumentsIndexed;
            data["documentsTotal"] = status.DocumentsTotal;
        }

        return Task.FromResult(status.State switch
        {
            SearchIndexState.Ready => HealthCheckResult.Healthy(status.Message, data),
            SearchIndexState.Failed => HealthCheckResult.Unhealthy(status.Message, data: data),
            _ => HealthCheckResult.Degraded(status.Message, data: data),
        });
    }
}
