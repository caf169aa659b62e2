namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>Gives every region its ITL1 ancestor through PART_OF, then every located node the ITL1 of its region.</summary>
internal static class RegionAncestry
{
    // PART_OF chains are a few levels deep; the bound only stops a cycle in bad data.
    private const int MaxDepth = 16;

    public static void Resolve(SnapshotData data)
    {
        for (var node = 0; node < data.Count; node++)
        {
            data.Itl1Of[node] = data.IsItl1[node] ? node : -1;
        }

        for (var node = 0; node < data.Count; node++)
        {
            if (data.Labels[node] == "Region" && data.Itl1Of[node] < 0)
            {
                data.Itl1Of[node] = FindItl1(data, node, depth: 0);
            }
        }

        for (var node = 0; node < data.Count; node++)
        {
            if (data.Labels[node] != "Region" && data.RegionOf[node] >= 0)
            {
                data.Itl1Of[node] = data.Itl1Of[data.RegionOf[node]];
            }
        }
    }

    private static int FindItl1(SnapshotData data, int region, int depth)
    {
        if (data.Itl1Of[region] >= 0 || depth > MaxDepth || data.PartOf[region] is not { } parents)
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
}
