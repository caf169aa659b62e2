using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Search.Documents;

/// <summary>
/// Every region with its name, level and the regions it is PART_OF: small (hundreds of regions), read whole
/// from the store and replaced when a region or PART_OF changes. Gives documents their region names
/// ("in South Yorkshire, Yorkshire and The Humber") and facets their ITL1 region. Immutable.
/// </summary>
public sealed class RegionHierarchy
{
    private readonly Dictionary<string, RegionEntry> _regions;
    private readonly Dictionary<string, IReadOnlyList<string>> _itl1 = new(StringComparer.Ordinal);

    private RegionHierarchy(Dictionary<string, RegionEntry> regions)
    {
        _regions = regions;
        foreach (var id in regions.Keys)
        {
            _itl1[id] = SelfAndAncestors(id).Where(r => _regions[r].Level == "ITL1").ToList();
        }
    }

    public static RegionHierarchy Empty { get; } = new(new Dictionary<string, RegionEntry>(StringComparer.Ordinal));

    public static async Task<RegionHierarchy> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var regions = new Dictionary<string, RegionEntry>(StringComparer.Ordinal);
        await foreach (var region in store.ListAllAsync("Region", cancellationToken))
        {
            var p = region.Properties;
            regions[region.Id] = new RegionEntry(p.GetString("name") ?? region.Id, p.GetString("level") ?? "", []);
        }

        var parents = await store.GetNeighboursAsync(new NeighbourQuery(regions.Keys.ToList(), "PART_OF", Direction.Outgoing), cancellationToken);
        foreach (var group in parents.GroupBy(n => n.FromId, StringComparer.Ordinal))
        {
            regions[group.Key] = regions[group.Key] with { Parents = group.Select(n => n.Node.Id).Where(regions.ContainsKey).ToList() };
        }

        return new RegionHierarchy(regions);
    }

    public int Count => _regions.Count;

    public string? NameOf(string regionId) => _regions.GetValueOrDefault(regionId)?.Name;

    /// <summary>The ITL1 regions (normally one) that contain the region, or the region itself when it is ITL1.</summary>
    public IReadOnlyList<string> Itl1Of(string regionId) => _itl1.GetValueOrDefault(regionId) ?? [];

    /// <summary>The region and every region it is transitively PART_OF, nearest first.</summary>
    public IEnumerable<string> SelfAndAncestors(string regionId)
    {
        if (!_regions.ContainsKey(regionId))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { regionId };
        var queue = new Queue<string>([regionId]);
        while (queue.TryDequeue(out var id))
        {
            yield return id;
            foreach (var parent in _regions[id].Parents)
            {
                if (seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }
    }

    private sealed record RegionEntry(string Name, string Level, IReadOnlyList<string> Parents);
}
