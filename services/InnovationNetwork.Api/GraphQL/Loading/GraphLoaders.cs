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
    private BatchLoader<string, NodeStamp?>? _stamps;
    private BatchLoader<RelationshipKey, RelationshipStamp?>? _relationshipStamps;

    public BatchLoader<string, GraphNode?> Nodes => LazyInitializer.EnsureInitialized(ref _nodes, () => new BatchLoader<string, GraphNode?>(
        async (ids, ct) => (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, n => (GraphNode?)n, StringComparer.Ordinal),
        missing: null));

    /// <summary>Forgets everything loaded so far: a mutation calls it after committing, so later fields read the new state.</summary>
    public void Forget()
    {
        _nodes = null;
        _stamps = null;
        _relationshipStamps = null;
        _neighbours.Clear();
    }

    /// <summary>Versions and provenance of nodes, by id.</summary>
    public BatchLoader<string, NodeStamp?> Stamps => LazyInitializer.EnsureInitialized(ref _stamps, () => new BatchLoader<string, NodeStamp?>(
        async (ids, ct) => (await store.GetNodeStampsAsync(ids, ct)).ToDictionary(s => s.Id, s => (NodeStamp?)s, StringComparer.Ordinal),
        missing: null));

    /// <summary>Provenance of relationships, by key as stored.</summary>
    public BatchLoader<RelationshipKey, RelationshipStamp?> RelationshipStamps => LazyInitializer.EnsureInitialized(ref _relationshipStamps, () => new BatchLoader<RelationshipKey, RelationshipStamp?>(
        async (keys, ct) => (await store.GetRelationshipStampsAsync(keys, ct)).ToDictionary(s => s.Key, s => (RelationshipStamp?)s),
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
