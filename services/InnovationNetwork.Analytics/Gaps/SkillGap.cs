namespace InnovationNetwork.Analytics.Gaps;

/// <summary>Demand, supply and gap (demand − supply) of one skill in one place; formulas in graph-schema/analytics.md.</summary>
public sealed record GapFigures(double Demand, double Supply, double Gap);

/// <summary>
/// One skill's gap in a region, with the same skill's figures for an average ITL1 region and for the golden
/// triangle as a whole, so a funder can see whether a shortfall is local or national.
/// </summary>
public sealed record SkillGap(string SkillId, string RegionId, GapFigures Figures, GapFigures NationalAverage, GapFigures GoldenTriangle);
