using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.Benchmarks;

/// <summary>
/// A plain minimal-API JSON endpoint returning what the benchmark's GraphQL query (a) returns: the first
/// 20 labs with their skills and region, read through the same store calls. It exists only to measure the
/// GraphQL layer's overhead side by side, and is mapped only when <c>Benchmarks:PlainEndpoint</c> is true.
/// </summary>
public static class PlainLabsEndpoint
{
    public static WebApplication MapPlainBenchmarkEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmarks:PlainEndpoint"))
        {
            return app;
        }

        app.MapGet("/bench/labs", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            var page = await store.ListNodesAsync(new NodeQuery("Lab") { First = 20, IncludeTotalCount = false }, cancellationToken);
            var ids = page.Items.Select(i => i.Node.Id).ToList();
            var skills = (await store.GetNeighboursAsync(new NeighbourQuery(ids, "HAS_SKILL", Direction.Outgoing), cancellationToken)).ToLookup(n => n.FromId);
            var regions = (await store.GetNeighboursAsync(new NeighbourQuery(ids, "LOCATED_IN", Direction.Outgoing), cancellationToken)).ToLookup(n => n.FromId);
            var labs = page.Items.Select(i => new
            {
                name = i.Node.Properties.GetString("name"),
                region = regions[i.Node.Id].Select(r => new { name = r.Node.Properties.GetString("name") }).FirstOrDefault(),
                skills = skills[i.Node.Id].Select(s => new { level = s.Relationship.Properties.GetInt64("level"), skill = new { name = s.Node.Properties.GetString("name") } }),
            });
            return Results.Json(new { data = new { labs = new { nodes = labs } } });
        });
        return app;
    }
}
