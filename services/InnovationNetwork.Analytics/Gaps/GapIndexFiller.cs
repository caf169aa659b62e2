using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// The one pass behind <see cref="GapIndex"/>: every located node adds its counts and skill links to each
/// region it lies in (its own and every enclosing one) and, when inside the golden triangle, to that total.
/// </summary>
internal static class GapIndexFiller
{
    public static void Fill(GapIndex index)
    {
        var graph = index.Graph;
        var targets = new List<RegionTotals>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var region = graph.RegionOf(node);
            if (region < 0 || graph.LabelOf(node) == "Region")
            {
                continue;
            }

            targets.Clear();
            targets.AddRange(index.Hierarchy.Enclosing(region).Select(index.TotalsOf));
            if (targets.Count > 0 && index.Hierarchy.InGoldenTriangle(region))
            {
                targets.Add(index.GoldenTriangle);
            }

            foreach (var totals in targets)
            {
                Count(graph, node, totals);
            }

            AddSkills(index, node, targets);
        }
    }

    private static void Count(GraphSnapshot graph, int node, RegionTotals totals)
    {
        switch (graph.LabelOf(node))
        {
            case "Lab":
                totals.Labs++;
                break;
            case "Firm":
                totals.Firms++;
                break;
            case "Funder":
                totals.Funders++;
                break;
            case "Project":
                totals.Projects++;
                break;
            case "Bottleneck":
                totals.Bottlenecks++;
                if (graph.IsOpenBottleneck(node))
                {
                    totals.OpenBottlenecks++;
                    var category = graph.KindOf(node) ?? "unrecorded";
                    totals.OpenByCategory[category] = totals.OpenByCategory.GetValueOrDefault(category) + 1;
                }

                break;
        }
    }

    private static void AddSkills(GapIndex index, int node, List<RegionTotals> targets)
    {
        var graph = index.Graph;
        if (graph.IsOrganisation(node))
        {
            foreach (var (skill, level) in graph.SkillsOf(node))
            {
                Add(index, targets, skill, level, supply: true);
            }

            foreach (var (skill, priority) in graph.NeedsOf(node))
            {
                Add(index, targets, skill, priority, supply: false);
            }
        }
        else if (graph.IsOpenBottleneck(node))
        {
            var severity = graph.Severity(node);
            foreach (var skill in graph.SkillsRequiredBy(node))
            {
                Add(index, targets, skill, severity, supply: false);
            }
        }
    }

    private static void Add(GapIndex index, List<RegionTotals> targets, int skill, int fifths, bool supply)
    {
        var ordinal = index.SkillOrdinal[skill];
        if (ordinal < 0)
        {
            return;
        }

        foreach (var totals in targets)
        {
            (supply ? totals.Supply : totals.Demand)[ordinal] += fifths;
        }
    }
}
