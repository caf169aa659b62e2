using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.GraphStore;

public static class GraphStoreRegistration
{
    /// <summary>Registers the store chosen by <c>GraphStore:Provider</c> (opened once, shared) and the seed load on first start.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<GraphStoreProviderOptions>(GraphStoreProviderOptions.SectionName);
        builder.AddValidatedOptions<SeedOptions>(SeedOptions.SectionName);
        builder.Services.AddSingleton(GraphSchema.Default);
        if (GraphStoreProviderOptions.Read(builder.Configuration).UsesNeo4j)
        {
            builder.AddNeo4jGraphStore();
            builder.Services.AddSingleton<IGraphStore>(services => services.GetRequiredService<Neo4jGraphStore>());
        }
        else
        {
            builder.AddEmbeddedGraphStore();
        }

        builder.Services.AddSingleton(services => new GraphImporter(services.GetRequiredService<IGraphStore>(), services.GetRequiredService<GraphSchema>()));
        builder.Services.AddHostedService<SeedOnFirstStart>();
        return builder;
    }

    private static void AddEmbeddedGraphStore(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<EmbeddedStoreOptions>(EmbeddedStoreOptions.SectionName)
            .PostConfigure(options =>
            {
                // Relative folders follow the content root, not whatever directory the process was started from.
                options.DataDirectory = Path.Combine(builder.Environment.ContentRootPath, options.DataDirectory);
            });
        builder.Services.AddSingleton<SqliteGraphStore>(services =>
            SqliteGraphStore.Open(services.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value, services.GetRequiredService<GraphSchema>()));
        builder.Services.AddSingleton<IGraphStore>(services => services.GetRequiredService<SqliteGraphStore>());
    }
}
