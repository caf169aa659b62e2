using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Search.Documents;

/// <summary>
/// Turns nodes into search documents, reading what surrounds them (skills, regions) from the store in one
/// batched call per batch of nodes. The same code serves full rebuilds and change-feed updates.
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>The relationship types whose far end's name goes into a document's context.</summary>
    private static readonly HashSet<string> NamedNeighbourTypes = new(StringComparer.Ordinal) { "HAS_SKILL", "REQUIRES", "USES_SKILL" };

    public static async Task<IReadOnlyList<SearchDocument>> BuildAsync(
        IGraphStore store, IReadOnlyList<GraphNode> nodes, RegionHierarchy regions, CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var neighbours = await store.GetNeighboursAsync(new NeighbourQuery(nodes.Select(n => n.Id).ToList(), null, Direction.Outgoing), cancellationToken);
        var byNode = neighbours.ToLookup(n => n.FromId, StringComparer.Ordinal);
        return nodes.Select(node => Build(node, byNode[node.Id], regions)).ToList();
    }

    public static SearchDocument Build(GraphNode node, IEnumerable<Neighbour> outgoing, RegionHierarchy regions)
    {
        var p = node.Properties;
        var context = new List<string>();
        var regionIds = new List<string>();
        foreach (var neighbour in outgoing)
        {
            var type = neighbour.Relationship.Type;
            if (type == "LOCATED_IN")
            {
                regionIds.Add(neighbour.Node.Id);
            }
            else if (NamedNeighbourTypes.Contains(type) && neighbour.Node.Properties.GetString("name") is { } name)
            {
                context.Add(name);
            }
        }

        if (node.Label == "Region")
        {
            regionIds.Add(node.Id);
            AddAll(context, p.GetString("level"), p.GetString("code"), p.GetString("gssCode"));
            context.AddRange(regions.SelfAndAncestors(node.Id).Skip(1).Select(regions.NameOf).OfType<string>());
        }
        else
        {
            context.AddRange(regionIds.SelectMany(regions.SelfAndAncestors).Distinct(StringComparer.Ordinal).Select(regions.NameOf).OfType<string>());
        }

        AddAll(context, Readable(p.GetString("kind")), Readable(p.GetString("category")), Readable(p.GetString("status")));
        AddAll(context, SicSections.NameOf(p.GetString("sector")), Readable(p.GetString("size")));

        var titles = new List<string> { p.GetString("name") ?? p.GetString("title") ?? node.Id };
        titles.AddRange(p.GetStringList("aliases"));
        var body = string.Join(". ", new[] { p.GetString("description") }.Concat(p.GetStringList("facilities"))
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim().TrimEnd('.')));
        return new SearchDocument(node.Id, node.Label, titles, body, context, regionIds);
    }

    private static void AddAll(List<string> list, params string?[] values) =>
        list.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v))!);

    /// <summary>Enumeration values such as <c>absorptive_capacity</c> become words ("absorptive capacity").</summary>
    private static string? Readable(string? value) => value?.Replace('_', ' ').Replace('-', ' ');
}
