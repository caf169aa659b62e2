namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// The readiness index (0–100): human capital and research infrastructure the graph can see, each component
/// scored 0–1 so a small region and a large one compare fairly. Ratios that have no natural ceiling are scored
/// against the best ITL1 region (distance to the frontier), so the index reads "how close to the best-placed
/// ITL1 region" and stays comparable for regions of any level.
/// </summary>
internal static class ReadinessIndex
{
    public static Readiness Of(GapIndex index, RegionTotals totals, Collaboration collaboration, ReadinessWeights weights)
    {
        var itl1 = index.Hierarchy.Itl1Regions.Select(index.TotalsOf).ToList();
        var depth = SkillsDepth(totals);
        var labs = LabShare(totals);
        var met = DemandMet(totals);
        var components = new List<ReadinessComponent>
        {
            Component(
                "skillsDepth",
                "Skills supply per organisation: Σ level/5 over HAS_SKILL of labs and firms, divided by their number; scored against the best ITL1 region.",
                depth,
                Frontier(depth, itl1.Max(SkillsDepth)),
                weights.SkillsDepth),
            Component(
                "demandMet",
                "Share of skill demand that local supply could meet: Σ min(demand, supply) / Σ demand over skills.",
                met,
                met,
                weights.DemandMet),
            Component(
                "researchInfrastructure",
                "Labs per organisation (labs / (labs + firms)); scored against the best ITL1 region.",
                labs,
                Frontier(labs, itl1.Max(LabShare)),
                weights.ResearchInfrastructure),
            Component(
                "collaborationOpenness",
                "Share of the projects the region takes part in that have partners outside it.",
                collaboration.OutsideShare,
                collaboration.OutsideShare,
                weights.CollaborationOpenness),
        };
        var readiness = components.Sum(c => 100 * c.Weight * c.Score);
        return new Readiness(Math.Round(readiness, 1), components);
    }

    private static ReadinessComponent Component(string name, string description, double value, double score, double weight) =>
        new(name, description, Math.Round(value, 4), Math.Round(score, 4), weight, Math.Round(100 * weight * score, 2));

    private static double SkillsDepth(RegionTotals totals) => totals.Organisations == 0 ? 0 : totals.SupplyTotal / 5.0 / totals.Organisations;

    private static double LabShare(RegionTotals totals) => totals.Organisations == 0 ? 0 : (double)totals.Labs / totals.Organisations;

    /// <summary>With no demand nothing is unmet, but a region with no supply either has shown nothing: 1 only if it supplies something.</summary>
    private static double DemandMet(RegionTotals totals) =>
        totals.DemandTotal == 0 ? (totals.SupplyTotal > 0 ? 1 : 0) : (double)totals.DemandMet / totals.DemandTotal;

    private static double Frontier(double value, double best) => best <= 0 ? 0 : Math.Min(1, value / best);
}
