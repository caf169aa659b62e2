using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>Builds a <see cref="RegionProfile"/> (formulas in graph-schema/analytics.md). Pure and thread-safe.</summary>
public static class RegionProfiler
{
    /// <summary>How many skills the top supplied and top demanded lists hold.</summary>
    public const int TopSkills = 10;

    public static RegionProfile Profile(GraphSnapshot graph, string regionId, ReadinessWeights? weights = null)
    {
        var index = GapIndex.For(graph);
        var region = EcosystemGaps.ResolveRegion(graph, regionId, "region");
        var totals = index.TotalsOf(region);
        var counts = new RegionCounts(
            totals.Labs, totals.Firms, totals.Funders, totals.Bottlenecks, totals.OpenBottlenecks, totals.Projects, index.Hierarchy.CountInside(region));
        var (collaboration, funding) = index.ReachOf(region);
        return new RegionProfile(
            graph.IdOf(region),
            counts,
            Top(index, region, totals.Supply),
            Top(index, region, totals.Demand),
            [.. totals.OpenByCategory.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new CategoryCount(c.Key, c.Value))],
            collaboration,
            funding,
            ReadinessIndex.Of(index, totals, collaboration, weights ?? new ReadinessWeights()));
    }

    private static List<SkillGap> Top(GapIndex index, int region, int[] figures) =>
        [.. Enumerable.Range(0, figures.Length)
            .Where(s => figures[s] > 0)
            .OrderByDescending(s => figures[s]).ThenBy(s => s)
            .Take(TopSkills)
            .Select(s => index.Gap(region, s))];
}
