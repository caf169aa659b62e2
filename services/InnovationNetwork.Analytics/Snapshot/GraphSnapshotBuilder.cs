using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>Reads the whole graph through the store contract into a <see cref="GraphSnapshot"/>.</summary>
public static class GraphSnapshotBuilder
{
    public static async Task<GraphSnapshot> BuildAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        // The sequence is read first: changes committed while reading are picked up by the next refresh.
        var sequence = await store.GetLastSequenceAsync(cancellationToken);
        var nodes = new List<GraphNode>();
        await foreach (var node in store.ReadAllNodesAsync(cancellationToken))
        {
            nodes.Add(new GraphNode(node.Id, string.Intern(node.Label), node.Properties));
        }

        var data = Allocate(nodes, sequence);
        await foreach (var relationship in store.ScanRelationshipsAsync(cancellationToken))
        {
            if (data.IndexById.TryGetValue(relationship.StartId, out var start) && data.IndexById.TryGetValue(relationship.EndId, out var end))
            {
                Link(data, start, end, relationship);
            }
        }

        ResolveItl1(data);
        return new GraphSnapshot(data);
    }

    private static SnapshotData Allocate(List<GraphNode> nodes, long sequence)
    {
        var count = nodes.Count;
        var data = new SnapshotData
        {
            Sequence = sequence,
            Ids = [.. nodes.Select(n => n.Id)],
            IndexById = new Dictionary<string, int>(count, StringComparer.Ordinal),
            Labels = [.. nodes.Select(n => n.Label)],
            Names = [.. nodes.Select(n => n.Properties.GetString("name") ?? n.Properties.GetString("title") ?? n.Id)],
            Open = [.. nodes.Select(n => n.Properties.GetBoolean("openToCollaboration") ?? true)],
            Severity = [.. nodes.Select(n => (int)(n.Properties.GetInt64("severity") ?? 3))],
            OpenBottleneck = [.. nodes.Select(n => n.Label == "Bottleneck" && (n.Properties.GetString("status") ?? "open") != "resolved")],
            Kinds = [.. nodes.Select(KindOf)],
            GoldenTriangle = [.. nodes.Select(n => n.Label == "Region" && n.Properties.GetBoolean("goldenTriangle") == true)],
            RegionOf = Filled(count, -1),
            Itl1Of = Filled(count, -1),
            Has = Lists<SkillLink>(count),
            Needs = Lists<SkillLink>(count),
            Holders = Lists<SkillLink>(count),
            Faces = Lists<int>(count),
            FacedBy = Lists<int>(count),
            Requires = Lists<int>(count),
            ProjectsOf = Lists<int>(count),
            Participants = Lists<int>(count),
            Related = Lists<RelatedSkill>(count),
            Borders = [],
            PartOf = new List<int>?[count],
            FundedBy = new List<Funding>?[count],
            RequiredFor = new List<int>?[count],
            AddressedBy = new List<int>?[count],
        };
        for (var i = 0; i < count; i++)
        {
            data.IndexById[nodes[i].Id] = i;
        }

        // ITL1 regions are their own ITL1; others find theirs through PART_OF in ResolveItl1.
        for (var i = 0; i < count; i++)
        {
            if (nodes[i].Label == "Region" && nodes[i].Properties.GetString("level") == "ITL1")
            {
                data.Itl1Of[i] = i;
            }
        }

        return data;
    }

    private static void Link(SnapshotData data, int start, int end, GraphRelationship relationship)
    {
        switch (relationship.Type)
        {
            case "LOCATED_IN":
                data.RegionOf[start] = data.RegionOf[start] < 0 ? end : data.RegionOf[start];
                break;
            case "PART_OF":
                (data.PartOf[start] ??= []).Add(end);
                break;
            case "BORDERS":
                data.Borders.Add((Math.Min(start, end), Math.Max(start, end)));
                break;
            case "HAS_SKILL":
                var level = (int)(relationship.Properties.GetInt64("level") ?? 1);
                data.Has[start].Add(new SkillLink(end, level));
                data.Holders[end].Add(new SkillLink(start, level));
                break;
            case "NEEDS_SKILL":
                data.Needs[start].Add(new SkillLink(end, (int)(relationship.Properties.GetInt64("priority") ?? 1)));
                break;
            case "FACES":
                data.Faces[start].Add(end);
                data.FacedBy[end].Add(start);
                break;
            case "REQUIRES":
                data.Requires[start].Add(end);
                (data.RequiredFor[end] ??= []).Add(start);
                break;
            case "ADDRESSES":
                (data.AddressedBy[end] ??= []).Add(start);
                break;
            case "PARTICIPATES_IN":
                data.ProjectsOf[start].Add(end);
                data.Participants[end].Add(start);
                break;
            case "FUNDS":
                (data.FundedBy[end] ??= []).Add(new Funding(start, relationship.Properties.GetDouble("amountGbp") ?? 0));
                break;
            case "RELATED_TO":
                var weight = relationship.Properties.GetDouble("weight") ?? 0.5;
                data.Related[start].Add(new RelatedSkill(end, weight));
                data.Related[end].Add(new RelatedSkill(start, weight));
                break;
        }
    }

    /// <summary>Gives every region its ITL1 ancestor, then every located node the ITL1 of its region.</summary>
    private static void ResolveItl1(SnapshotData data)
    {
        for (var node = 0; node < data.Ids.Length; node++)
        {
            if (data.Labels[node] == "Region" && data.Itl1Of[node] < 0)
            {
                data.Itl1Of[node] = FindItl1(data, node, depth: 0);
            }
        }

        for (var node = 0; node < data.Ids.Length; node++)
        {
            if (data.Labels[node] != "Region" && data.RegionOf[node] >= 0)
            {
                data.Itl1Of[node] = data.Itl1Of[data.RegionOf[node]];
            }
        }
    }

    private static int FindItl1(SnapshotData data, int region, int depth)
    {
        if (data.Itl1Of[region] >= 0 || depth > 16 || data.PartOf[region] is not { } parents)
        {
            return data.Itl1Of[region];
        }

        foreach (var parent in parents)
        {
            if (FindItl1(data, parent, depth + 1) is var found and >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    /// <summary>Interned, because a few category values repeat across tens of thousands of nodes.</summary>
    private static string? KindOf(GraphNode node) =>
        (node.Label switch
        {
            "Bottleneck" => node.Properties.GetString("category"),
            "Funder" or "Lab" => node.Properties.GetString("kind"),
            _ => null,
        }) is { } kind ? string.Intern(kind) : null;

    private static int[] Filled(int count, int value)
    {
        var array = new int[count];
        Array.Fill(array, value);
        return array;
    }

    private static List<T>[] Lists<T>(int count)
    {
        var lists = new List<T>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
