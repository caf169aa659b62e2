using System.Collections.Concurrent;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Loading;

/// <summary>
/// The request-scoped batch loaders: nodes by id, and neighbours by (relationship type, direction,
/// neighbour label). Every nested field loads through these, so a query costs one store call per level
/// and kind of relationship, not one per result.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<NeighbourSpec, BatchLoader<string, IReadOnlyList<Neighbour>>> _neighbours = new();
    private BatchLoader<string, GraphNode?>? _nodes;

    public BatchLoader<string, GraphNode?> Nodes => LazyInitializer.EnsureInitialized(ref _nodes, () => new BatchLoader<string, GraphNode?>(
        async (ids, ct) => (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, n => (GraphNode?)n, StringComparer.Ordinal),
        missing: null));

    public BatchLoader<string, IReadOnlyList<Neighbour>> Neighbours(string type, Direction direction, string? neighbourLabel = null) =>
        _neighbours.GetOrAdd(new NeighbourSpec(type, direction, neighbourLabel), spec => new BatchLoader<string, IReadOnlyList<Neighbour>>(
            async (ids, ct) =>
            {
                var found = await store.GetNeighboursAsync(new NeighbourQuery(ids, spec.Type, spec.Direction) { NeighbourLabel = spec.Label }, ct);
                return found.GroupBy(n => n.FromId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Neighbour>)[.. g.OrderBy(n => n.Node.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
            },
            missing: []));

    private readonly record struct NeighbourSpec(string Type, Direction Direction, string? Label);
}
