using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Graph.Neo4j;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Schema;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.GraphStore;

internal static class Neo4jStoreRegistration
{
    /// <summary>Registers the Neo4j store (one per process, one HTTP client) and applies its schema before the seed load.</summary>
    public static void AddNeo4jGraphStore(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<Neo4jStoreOptions>(Neo4jStoreOptions.SectionName);
        builder.Services.AddSingleton(services =>
            Neo4jGraphStore.Create(services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value, services.GetRequiredService<GraphSchema>()));
        builder.Services.AddHostedService<Neo4jSchemaOnStart>();
    }
}

/// <summary>
/// Applies the Neo4j schema at start-up. Registered before the seed load (hosted services start in order), and a
/// failure stops the service with the cause (unreachable, credentials, database) rather than serving without a store.
/// </summary>
internal sealed partial class Neo4jSchemaOnStart(Neo4jGraphStore store, ILogger<Neo4jSchemaOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureSchemaAsync(cancellationToken);
        var server = await store.GetServerInfoAsync(cancellationToken);
        LogConnected(logger, server.Product, server.Version, server.Edition, server.Server, server.Database);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store: {Product} {Version} ({Edition}) at {Server}, database '{Database}'; schema applied")]
    private static partial void LogConnected(ILogger logger, string product, string version, string edition, string server, string database);
}
