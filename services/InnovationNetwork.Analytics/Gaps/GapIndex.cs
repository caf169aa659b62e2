using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// Per-region skill totals for one snapshot, built on first use in one pass over the graph and kept with the
/// snapshot (a new snapshot gets a new index). After that, a region's gaps cost one pass over the skills and
/// the national view is a slice of a list sorted once.
/// </summary>
internal sealed class GapIndex
{
    // Keyed weakly on the snapshot: the index lives exactly as long as the snapshot it describes. Lazy makes
    // concurrent first callers share one build instead of racing to build several.
    private static readonly ConditionalWeakTable<GraphSnapshot, Lazy<GapIndex>> Indexes = [];

    private readonly RegionTotals?[] _totals;
    private readonly int[] _itl1Demand;
    private readonly int[] _itl1Supply;
    private readonly ConcurrentDictionary<int, Lazy<ProjectReach>> _reach = new();

    private GapIndex(GraphSnapshot graph)
    {
        Graph = graph;
        Hierarchy = new RegionHierarchy(graph);
        Skills = [.. Enumerable.Range(0, graph.NodeCount).Where(n => graph.LabelOf(n) == "Skill").OrderBy(graph.IdOf, StringComparer.Ordinal)];
        SkillOrdinal = new int[graph.NodeCount];
        Array.Fill(SkillOrdinal, -1);
        for (var ordinal = 0; ordinal < Skills.Length; ordinal++)
        {
            SkillOrdinal[Skills[ordinal]] = ordinal;
        }

        _totals = new RegionTotals?[graph.NodeCount];
        foreach (var region in Hierarchy.Regions)
        {
            _totals[region] = new RegionTotals(Skills.Length);
        }

        GoldenTriangle = new RegionTotals(Skills.Length);
        Projects = [.. Enumerable.Range(0, graph.NodeCount).Where(n => graph.LabelOf(n) == "Project")];
        GapIndexFiller.Fill(this);
        foreach (var region in Hierarchy.Regions)
        {
            _totals[region]!.Complete();
        }

        GoldenTriangle.Complete();
        (_itl1Demand, _itl1Supply) = SumItl1();
        National = SortNational();
    }

    public GraphSnapshot Graph { get; }

    public RegionHierarchy Hierarchy { get; }

    /// <summary>Skill nodes by ordinal; ordinals follow skill id order, so comparing ordinals compares ids.</summary>
    public int[] Skills { get; }

    /// <summary>Node index → skill ordinal, -1 for non-skills.</summary>
    public int[] SkillOrdinal { get; }

    public int[] Projects { get; }

    /// <summary>The golden-triangle regions and everything in them, each place counted once.</summary>
    public RegionTotals GoldenTriangle { get; }

    /// <summary>Every (ITL1 region, skill) with demand or supply, by gap (largest first), then skill id, then region id.</summary>
    public (int Region, int Skill)[] National { get; }

    public static GapIndex For(GraphSnapshot graph) => Indexes.GetValue(graph, g => new Lazy<GapIndex>(() => new GapIndex(g))).Value;

    /// <summary>A region's project collaboration and funding: a pass over every project, so done once per region and snapshot.</summary>
    public ProjectReach ReachOf(int region) => _reach.GetOrAdd(region, r => new Lazy<ProjectReach>(() => ProjectReach.Of(this, r))).Value;

    public RegionTotals TotalsOf(int region) => _totals[region] ?? throw new ArgumentOutOfRangeException(nameof(region), "not a region");

    /// <summary>The figures of one skill in one region, with its national-average and golden-triangle comparisons.</summary>
    public SkillGap Gap(int region, int skill)
    {
        var totals = TotalsOf(region);
        var itl1Count = Math.Max(1, Hierarchy.Itl1Regions.Count);
        return new SkillGap(
            Graph.IdOf(Skills[skill]),
            Graph.IdOf(region),
            Figures(totals.Demand[skill], totals.Supply[skill], 1),
            Figures(_itl1Demand[skill], _itl1Supply[skill], itl1Count),
            Figures(GoldenTriangle.Demand[skill], GoldenTriangle.Supply[skill], 1));
    }

    private static GapFigures Figures(double demandFifths, double supplyFifths, int over) =>
        new(Round(demandFifths / 5 / over), Round(supplyFifths / 5 / over), Round((demandFifths - supplyFifths) / 5 / over));

    private static double Round(double value) => Math.Round(value, 4);

    private (int[] Demand, int[] Supply) SumItl1()
    {
        var demand = new int[Skills.Length];
        var supply = new int[Skills.Length];
        foreach (var totals in Hierarchy.Itl1Regions.Select(TotalsOf))
        {
            for (var skill = 0; skill < Skills.Length; skill++)
            {
                demand[skill] += totals.Demand[skill];
                supply[skill] += totals.Supply[skill];
            }
        }

        return (demand, supply);
    }

    private (int Region, int Skill)[] SortNational()
    {
        var entries = new List<(int Gap, int Skill, int Position)>();
        for (var position = 0; position < Hierarchy.Itl1Regions.Count; position++)
        {
            var totals = TotalsOf(Hierarchy.Itl1Regions[position]);
            for (var skill = 0; skill < Skills.Length; skill++)
            {
                if (totals.Demand[skill] > 0 || totals.Supply[skill] > 0)
                {
                    entries.Add((totals.Demand[skill] - totals.Supply[skill], skill, position));
                }
            }
        }

        // Itl1Regions is in id order, so position breaks the last tie by region id.
        entries.Sort((a, b) => a.Gap != b.Gap ? b.Gap.CompareTo(a.Gap) : a.Skill != b.Skill ? a.Skill.CompareTo(b.Skill) : a.Position.CompareTo(b.Position));
        return [.. entries.Select(e => (Hierarchy.Itl1Regions[e.Position], e.Skill))];
    }
}
