using System.Globalization;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// Skills a region demands but does not supply (formulas in graph-schema/analytics.md): for one region, every
/// skill with demand or supply there; without a region, every (ITL1 region, skill) pair. Largest gap first,
/// then skill id, then region id. Pure and thread-safe; the heavy lifting is cached per snapshot.
/// </summary>
public static class EcosystemGaps
{
    public static IReadOnlyList<SkillGap> Find(GraphSnapshot graph, string? regionId, int first)
    {
        var index = GapIndex.For(graph);
        if (regionId is null)
        {
            return [.. index.National.Take(first).Select(e => index.Gap(e.Region, e.Skill))];
        }

        var region = ResolveRegion(graph, regionId, "region");
        var totals = index.TotalsOf(region);
        return [.. Enumerable.Range(0, index.Skills.Length)
            .Where(s => totals.Demand[s] > 0 || totals.Supply[s] > 0)
            .OrderByDescending(s => totals.Demand[s] - totals.Supply[s]).ThenBy(s => s)
            .Take(first)
            .Select(s => index.Gap(region, s))];
    }

    /// <summary>The region's node index; unknown ids are NOT_FOUND, ids of another kind are BAD_USER_INPUT naming the argument.</summary>
    internal static int ResolveRegion(GraphSnapshot graph, string regionId, string argument)
    {
        if (graph.IndexOf(regionId) is not { } index)
        {
            throw new AnalyticsInputException(string.Create(CultureInfo.InvariantCulture, $"there is no region with id '{regionId}'"), notFound: true);
        }

        return graph.LabelOf(index) == "Region"
            ? index
            : throw new AnalyticsInputException(
                string.Create(CultureInfo.InvariantCulture, $"'{argument}' must be a Region id; '{regionId}' is a {graph.LabelOf(index)}"), notFound: false);
    }
}
