using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>Reads the whole graph through the store contract into a <see cref="GraphSnapshot"/>.</summary>
public static class GraphSnapshotBuilder
{
    public static async Task<GraphSnapshot> BuildAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        // The sequence is read first: changes committed while reading are applied again by the next refresh,
        // which is harmless because applying a change means taking the element's current state.
        var sequence = await store.GetLastSequenceAsync(cancellationToken);
        var nodes = new List<GraphNode>();
        await foreach (var node in store.ReadAllNodesAsync(cancellationToken))
        {
            nodes.Add(node);
        }

        var editor = SnapshotEditor.Fresh(nodes.Count, sequence);
        foreach (var node in nodes)
        {
            editor.Add(node);
        }

        nodes.Clear();
        await foreach (var relationship in store.ScanRelationshipsAsync(cancellationToken))
        {
            if (editor.IndexOf(relationship.StartId) is not { } start || editor.IndexOf(relationship.EndId) is not { } end)
            {
                continue;
            }

            if (relationship.Type == "LOCATED_IN")
            {
                // A node located in several regions keeps the smallest id, as the change feed does.
                if (editor.RegionOf(start) is var current && (current < 0 || string.CompareOrdinal(relationship.EndId, editor.IdOf(current)) < 0))
                {
                    editor.Locate(start, end);
                }
            }
            else
            {
                editor.Link(start, relationship.Type, end, relationship.Properties);
            }
        }

        return editor.Finish();
    }
}
