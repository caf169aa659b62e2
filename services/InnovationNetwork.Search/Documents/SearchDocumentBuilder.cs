using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Search.Documents;

/// <summary>One outgoing relationship of a node, as far as its document needs it.</summary>
public readonly record struct OutgoingLink(string Type, string EndId);

/// <summary>
/// Turns nodes into search documents with the names around them: skill names through the node's
/// HAS_SKILL, REQUIRES and USES_SKILL links, region names (with every region containing them) through
/// LOCATED_IN. Change-feed updates read those links per batch from the store (<see cref="BuildAsync"/>);
/// a full rebuild reads all links once and passes them in (<see cref="Build"/>).
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>The relationship types that carry a document's context.</summary>
    public static readonly IReadOnlySet<string> ContextTypes = new HashSet<string>(StringComparer.Ordinal) { "LOCATED_IN", "HAS_SKILL", "REQUIRES", "USES_SKILL" };

    /// <summary>Builds documents for a batch of nodes, reading their skill and region links in two batched calls.</summary>
    public static async Task<IReadOnlyList<SearchDocument>> BuildAsync(
        IGraphStore store, IReadOnlyList<GraphNode> nodes, RegionHierarchy regions, CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var ids = nodes.Select(n => n.Id).ToList();
        // Two narrow reads rather than every outgoing relationship: an organisation's projects and
        // bottlenecks carry long descriptions that would be parsed only to be thrown away.
        var skills = await store.GetNeighboursAsync(new NeighbourQuery(ids, null, Direction.Outgoing) { NeighbourLabel = "Skill" }, cancellationToken);
        var located = await store.GetNeighboursAsync(new NeighbourQuery(ids, "LOCATED_IN", Direction.Outgoing), cancellationToken);
        var skillNames = skills.Select(n => n.Node).DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Properties.GetString("name"), StringComparer.Ordinal);
        var links = skills.Concat(located).ToLookup(n => n.FromId, n => new OutgoingLink(n.Relationship.Type, n.Node.Id), StringComparer.Ordinal);
        return nodes.Select(node => Build(node, links[node.Id], regions, id => skillNames.GetValueOrDefault(id))).ToList();
    }

    public static SearchDocument Build(GraphNode node, IEnumerable<OutgoingLink> links, RegionHierarchy regions, Func<string, string?> skillName)
    {
        var p = node.Properties;
        var context = new List<string>();
        var regionIds = new List<string>();
        foreach (var link in links)
        {
            if (link.Type == "LOCATED_IN")
            {
                regionIds.Add(link.EndId);
            }
            else if (ContextTypes.Contains(link.Type) && skillName(link.EndId) is { } name)
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
