using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Bench;

/// <summary>
/// What keeping the snapshot current costs: a write of one changed relationship, then of 1,000 changes
/// (organisations' openness and skill levels), each followed by a refresh that applies the change feed. Every
/// write is undone by a second one (also measured), so the benchmark store is left as it was found.
/// </summary>
internal static class SnapshotUpdateBenchmark
{
    private const int Repeats = 5;

    public static async Task RunAsync(IGraphStore store, SnapshotCache cache, IReadOnlyList<string> organisationIds)
    {
        foreach (var size in new[] { 1, 1_000 })
        {
            var (changed, original) = await ChangesAsync(store, organisationIds, size);
            var times = new List<double>();
            var incremental = true;
            for (var repeat = 0; repeat < Repeats; repeat++)
            {
                foreach (var batch in new[] { changed, original })
                {
                    await store.WriteAsync(batch);
                    var clock = Stopwatch.StartNew();
                    await cache.RefreshAsync();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    incremental &= cache.LastRefresh?.Incremental == true;
                }
            }

            times.Sort();
            var changes = changed.Nodes.Count + changed.Relationships.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"snapshot refresh after {changes:N0} changes ({(incremental ? "change feed" : "REBUILT")}): median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms over {times.Count} refreshes"));
        }
    }

    /// <summary>Half the changes flip an organisation's openness, half move one of its skill levels; plus the batch that undoes them.</summary>
    private static async Task<(GraphBatch Changed, GraphBatch Original)> ChangesAsync(IGraphStore store, IReadOnlyList<string> organisationIds, int size)
    {
        var ids = organisationIds.Take(size).ToList();
        var nodes = (await store.GetNodesAsync(ids)).ToDictionary(n => n.Id);
        var skills = (await store.GetNeighboursAsync(new NeighbourQuery(ids, "HAS_SKILL", Direction.Outgoing)))
            .GroupBy(n => n.FromId).ToDictionary(g => g.Key, g => g.First().Relationship);
        var changedNodes = new List<GraphNode>();
        var originalNodes = new List<GraphNode>();
        var changedLinks = new List<GraphRelationship>();
        var originalLinks = new List<GraphRelationship>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i % 2 == 0 || size == 1)
            {
                var link = skills[ids[i]];
                var level = link.Properties.GetInt64("level") ?? 1;
                changedLinks.Add(link with { Properties = PropertyMap.From(("level", level % 5 + 1)) });
                originalLinks.Add(link);
            }
            else
            {
                var node = nodes[ids[i]];
                var open = node.Properties.GetBoolean("openToCollaboration") ?? true;
                var properties = node.Properties.Where(p => p.Key != "openToCollaboration").Select(p => new KeyValuePair<string, object?>(p.Key, p.Value));
                changedNodes.Add(node with { Properties = PropertyMap.From(properties.Append(new("openToCollaboration", !open))) });
                originalNodes.Add(node);
            }
        }

        return (new GraphBatch { Nodes = changedNodes, Relationships = changedLinks }, new GraphBatch { Nodes = originalNodes, Relationships = originalLinks });
    }
}
