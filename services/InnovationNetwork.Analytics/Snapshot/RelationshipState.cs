using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// The current state of changed relationships, read from the store in one neighbour query per type (from the
/// start nodes: every key in the feed is stored start first). For LOCATED_IN it keeps every region of each
/// start node, because the snapshot keeps one of several.
/// </summary>
internal sealed class RelationshipState
{
    private readonly Dictionary<RelationshipKey, PropertyMap> _present = [];
    private readonly Dictionary<string, List<string>> _regions = new(StringComparer.Ordinal);

    public static async Task<RelationshipState> ReadAsync(IGraphStore store, IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        var state = new RelationshipState();
        foreach (var group in keys.GroupBy(k => k.Type))
        {
            var starts = group.Select(k => k.StartId).ToHashSet(StringComparer.Ordinal);
            var wanted = group.ToHashSet();
            foreach (var neighbour in await store.GetNeighboursAsync(new NeighbourQuery(starts, group.Key, Direction.Outgoing), cancellationToken))
            {
                var relationship = neighbour.Relationship;
                if (group.Key == "LOCATED_IN")
                {
                    state.AddRegion(relationship.StartId, relationship.EndId);
                }

                if (wanted.Contains(relationship.Key))
                {
                    state._present[relationship.Key] = relationship.Properties;
                }
            }
        }

        return state;
    }

    /// <summary>The relationship's properties, or null when it no longer exists.</summary>
    public PropertyMap? Properties(RelationshipKey key) => _present.GetValueOrDefault(key);

    public IReadOnlyList<string> RegionsOf(string nodeId) => _regions.TryGetValue(nodeId, out var regions) ? regions : [];

    private void AddRegion(string nodeId, string regionId)
    {
        if (!_regions.TryGetValue(nodeId, out var regions))
        {
            regions = [];
            _regions[nodeId] = regions;
        }

        regions.Add(regionId);
    }
}
