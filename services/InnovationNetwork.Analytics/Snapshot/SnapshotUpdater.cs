using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// Moves a snapshot forward along the store's change feed into a new version. Every changed node and
/// relationship takes its current state from the store (present or gone, with its properties), so applying a
/// change twice, or a change newer than the feed page it came with, is harmless: the next refresh converges.
/// </summary>
internal static class SnapshotUpdater
{
    private const int PageSize = 5_000;

    // Holes cost a few bytes each; below this many, compacting is not worth a full build.
    private const int MinHolesToCompact = 1_000;

    /// <summary>
    /// The next version, or null when a full rebuild is the better choice: more than
    /// <paramref name="maxChanges"/> changed elements, or deletions have left too many holes.
    /// </summary>
    public static async Task<GraphSnapshot?> TryApplyAsync(IGraphStore store, GraphSnapshot current, int maxChanges, CancellationToken cancellationToken)
    {
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<RelationshipKey>();
        var sequence = current.Sequence;
        ChangePage page;
        do
        {
            page = await store.GetChangesAsync(sequence, PageSize, cancellationToken);
            foreach (var change in page.Changes)
            {
                _ = change.Relationship is { } key ? keys.Add(key) : change.NodeId is { } id && nodeIds.Add(id);
            }

            if (nodeIds.Count + keys.Count > maxChanges)
            {
                return null;
            }

            sequence = page.LastSequence;
        }
        while (page.HasMore);

        var nodes = (await store.GetNodesAsync(nodeIds, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var state = await RelationshipState.ReadAsync(store, keys, cancellationToken);
        var data = current.Data;
        var removed = nodeIds.Count(id => data.IndexById.TryGetValue(id, out var index) && (!nodes.TryGetValue(id, out var now) || now.Label != data.Labels[index]));
        if (data.DeletedCount + removed > Math.Max(MinHolesToCompact, data.Count / 10))
        {
            return null; // a tenth of the indexes would be holes: compact by building afresh
        }

        var added = nodes.Values.Count(n => !data.IndexById.TryGetValue(n.Id, out var index) || data.Labels[index] != n.Label);
        var editor = SnapshotEditor.After(data, added, sequence);
        Apply(editor, nodeIds, nodes, keys, state);
        return editor.Finish();
    }

    private static void Apply(SnapshotEditor editor, HashSet<string> nodeIds, Dictionary<string, GraphNode> nodes, HashSet<RelationshipKey> keys, RelationshipState state)
    {
        // Unlink with the old indexes (a deleted node still has its index), place nodes, then link with the new ones.
        foreach (var key in keys)
        {
            if (key.Type != "LOCATED_IN" && editor.IndexOf(key.StartId) is { } start && editor.IndexOf(key.EndId) is { } end)
            {
                editor.Unlink(start, key.Type, end);
            }
        }

        foreach (var id in nodeIds)
        {
            var index = editor.IndexOf(id);
            nodes.TryGetValue(id, out var node);
            if (index is { } known && (node is null || node.Label != editor.LabelOf(known)))
            {
                editor.Remove(known);
                index = null;
            }

            if (node is not null)
            {
                _ = index is { } existing ? Update(editor, existing, node) : editor.Add(node);
            }
        }

        foreach (var key in keys)
        {
            if (key.Type != "LOCATED_IN" && state.Properties(key) is { } properties && editor.IndexOf(key.StartId) is { } start && editor.IndexOf(key.EndId) is { } end)
            {
                editor.Link(start, key.Type, end, properties);
            }
        }

        foreach (var located in keys.Where(k => k.Type == "LOCATED_IN").Select(k => k.StartId).Distinct())
        {
            if (editor.IndexOf(located) is { } node)
            {
                editor.Locate(node, editor.ChooseRegion(state.RegionsOf(located)));
            }
        }
    }

    private static int Update(SnapshotEditor editor, int index, GraphNode node)
    {
        editor.Update(index, node);
        return index;
    }
}
