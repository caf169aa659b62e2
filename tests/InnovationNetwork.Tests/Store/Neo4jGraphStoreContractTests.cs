using InnovationNetwork.Graph.Neo4j;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Store;

/// <summary>
/// The store contract, run against a real Neo4j (5.26 or later) when <c>INNOVATIONNETWORK_NEO4J_URI</c> is set,
/// reported as skipped with the reason when it is not. Each test starts from an EMPTY database: the suite deletes
/// everything in the database it is pointed at, so point it at a throw-away one (see README, "Run with Neo4j").
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests
{
    public static readonly string? SkipReason = Neo4jStoreOptions.FromEnvironment() is null
        ? $"{Neo4jStoreOptions.UriVariable} is not set: no Neo4j to run the store contract against (set it, with INNOVATIONNETWORK_NEO4J_USER and " +
          "INNOVATIONNETWORK_NEO4J_PASSWORD, to run this suite; it empties the database it is given)."
        : null;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var store = await Neo4jGraphStore.OpenAsync(Neo4jStoreOptions.FromEnvironment()!);
        await store.Client.RunAsync(new QueryStatement("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"), AccessMode.Write);
        return store;
    }

    public override async Task DisposeAsync()
    {
        // A skipped test never opened a store.
        if (Store is not null)
        {
            await base.DisposeAsync();
        }
    }
}
