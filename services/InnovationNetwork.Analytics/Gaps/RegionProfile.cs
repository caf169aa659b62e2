namespace InnovationNetwork.Analytics.Gaps;

/// <summary>A region at a glance: what is in it, its skills, bottlenecks, collaboration, funding and readiness.</summary>
public sealed record RegionProfile(
    string RegionId,
    RegionCounts Counts,
    IReadOnlyList<SkillGap> TopSupplied,
    IReadOnlyList<SkillGap> TopDemanded,
    IReadOnlyList<CategoryCount> OpenBottlenecksByCategory,
    Collaboration Collaboration,
    IReadOnlyList<FundingByKind> Funding,
    Readiness Readiness);

/// <summary>Nodes located in the region or any region inside it, by kind.</summary>
public sealed record RegionCounts(int Labs, int Firms, int Funders, int Bottlenecks, int OpenBottlenecks, int Projects, int SubRegions);

/// <summary>Open bottlenecks of one category (the schema value, e.g. <c>skills</c>).</summary>
public sealed record CategoryCount(string Category, int Count);

/// <summary>
/// Projects with at least one participant in the region, split into those whose participants are all inside
/// and those with a participant outside (or of unknown location). Shares are 0 when there are no projects.
/// </summary>
public sealed record Collaboration(int Projects, int InsideOnly, int WithOutsidePartners, double InsideShare, double OutsideShare);

/// <summary>FUNDS amounts into projects with a participant in the region, for one funder kind (null: not recorded).</summary>
public sealed record FundingByKind(string? FunderKind, double AmountGbp, int Projects);

/// <summary>The readiness index (0–100) and the components it is made of.</summary>
public sealed record Readiness(double Index, IReadOnlyList<ReadinessComponent> Components);

/// <summary>
/// One readiness component: its raw value, its score normalised to 0–1, its weight, and the points it adds
/// to the index (100 × weight × score).
/// </summary>
public sealed record ReadinessComponent(string Name, string Description, double Value, double Score, double Weight, double Points);
