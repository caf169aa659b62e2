using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// "In region R" means R and every region PART_OF it, transitively. Each region keeps the set of regions it
/// lies in (itself included), so membership is a scan of a handful of ids and an organisation counts once
/// towards each enclosing region even when PART_OF links form a diamond (ITL2 → authority → ITL1 and ITL2 → ITL1).
/// </summary>
internal sealed class RegionHierarchy
{
    // Deep enough for NATION → ITL1 → authority → ITL2 → ITL3 with room to spare; stops PART_OF cycles in bad data.
    private const int MaxDepth = 16;

    private readonly int[]?[] _enclosing;
    private readonly int[] _insideCount;
    private readonly bool[] _inGoldenTriangle;

    public RegionHierarchy(GraphSnapshot graph)
    {
        Regions = [.. Enumerable.Range(0, graph.NodeCount).Where(n => graph.LabelOf(n) == "Region")];
        Itl1Regions = [.. Regions.Where(r => graph.Itl1Of(r) == r).OrderBy(graph.IdOf, StringComparer.Ordinal)];
        _enclosing = new int[]?[graph.NodeCount];
        _insideCount = new int[graph.NodeCount];
        _inGoldenTriangle = new bool[graph.NodeCount];
        foreach (var region in Regions)
        {
            var enclosing = new HashSet<int>();
            Climb(graph, region, enclosing, depth: 0);
            _enclosing[region] = [.. enclosing];
            _inGoldenTriangle[region] = enclosing.Any(graph.IsGoldenTriangle);
            foreach (var outer in enclosing.Where(r => r != region))
            {
                _insideCount[outer]++;
            }
        }
    }

    public IReadOnlyList<int> Regions { get; }

    /// <summary>The ITL1 regions, ordered by id.</summary>
    public IReadOnlyList<int> Itl1Regions { get; }

    /// <summary>The region itself and every region it is transitively PART_OF; empty for a non-region.</summary>
    public IReadOnlyList<int> Enclosing(int region) => region >= 0 && _enclosing[region] is { } found ? found : [];

    /// <summary>Whether something located in <paramref name="located"/> is in <paramref name="region"/>.</summary>
    public bool Contains(int region, int located) => located >= 0 && _enclosing[located] is { } found && Array.IndexOf(found, region) >= 0;

    public bool InGoldenTriangle(int region) => _inGoldenTriangle[region];

    /// <summary>How many regions lie inside a region, at any depth.</summary>
    public int CountInside(int region) => _insideCount[region];

    private static void Climb(GraphSnapshot graph, int region, HashSet<int> enclosing, int depth)
    {
        if (depth > MaxDepth || !enclosing.Add(region))
        {
            return;
        }

        foreach (var parent in graph.PartOf(region))
        {
            Climb(graph, parent, enclosing, depth + 1);
        }
    }
}
