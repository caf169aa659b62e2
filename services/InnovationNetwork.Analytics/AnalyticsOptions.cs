using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Analytics;

/// <summary>
/// The weights of the matchmaking scores (section <c>Analytics</c>). The formulas that use them are
/// documented in graph-schema/analytics.md; change both together.
/// </summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>Partner score = coverage·Coverage + proximity·Proximity + closeness·Network + openness·Openness.</summary>
    public ScoreWeights Partners { get; set; } = new() { Coverage = 0.55, Proximity = 0.25, Network = 0.10, Openness = 0.10 };

    /// <summary>Solver score, same terms; network closeness is not used for bottlenecks.</summary>
    public ScoreWeights Solvers { get; set; } = new() { Coverage = 0.65, Proximity = 0.25, Network = 0, Openness = 0.10 };

    public ProximityScores Proximity { get; set; } = new();

    /// <summary>Partial credit for holding a related skill: the relation's weight times this.</summary>
    [Range(0, 1)]
    public double RelatedSkillCredit { get; set; } = 0.6;

    /// <summary>How much a skill related to the organisation's own counts as something it would want (times the relation's weight).</summary>
    [Range(0, 1)]
    public double RelatedToOwnSkillWant { get; set; } = 0.3;

    /// <summary>Closeness of a partner's partner (a direct collaborator scores 1).</summary>
    [Range(0, 1)]
    public double PartnerOfPartnerCloseness { get; set; } = 0.5;

    /// <summary>How Bottleneck.similarProjects weighs shared skills against similar text.</summary>
    public SimilarProjectWeights SimilarProjects { get; set; } = new();

    /// <summary>Weights of the readiness index components in regionProfile; they should sum to 1.</summary>
    public Gaps.ReadinessWeights Readiness { get; set; } = new();

    /// <summary>How often the analytics snapshot checks the store's change feed for new writes.</summary>
    [Range(0.1, 3600)]
    public double RefreshSeconds { get; set; } = 2;

    /// <summary>
    /// Above this many changed nodes and relationships since the snapshot, a refresh rebuilds it from the store
    /// instead of applying the change feed (measured crossover in docs/benchmarks.md).
    /// </summary>
    [Range(0, 100_000_000)]
    public int MaxIncrementalChanges { get; set; } = 50_000;
}

public sealed class ScoreWeights
{
    [Range(0, 1)]
    public double Coverage { get; set; }

    [Range(0, 1)]
    public double Proximity { get; set; }

    [Range(0, 1)]
    public double Network { get; set; }

    [Range(0, 1)]
    public double Openness { get; set; }
}

/// <summary>Proximity of a candidate to the anchor region, from same ITL2 down to elsewhere.</summary>
public sealed class ProximityScores
{
    [Range(0, 1)]
    public double SameItl2 { get; set; } = 1.0;

    [Range(0, 1)]
    public double SameItl1 { get; set; } = 0.7;

    [Range(0, 1)]
    public double BorderingItl1 { get; set; } = 0.4;

    [Range(0, 1)]
    public double Elsewhere { get; set; } = 0.1;
}

/// <summary>similarity = Skills × skill similarity + Text × text similarity; text alone qualifies from MinTextSimilarity.</summary>
public sealed class SimilarProjectWeights
{
    [Range(0, 1)]
    public double Skills { get; set; } = 0.6;

    [Range(0, 1)]
    public double Text { get; set; } = 0.4;

    /// <summary>
    /// The text similarity at which a project counts without sharing skills with a same-category bottleneck:
    /// high enough that sharing a word or two ("shortage", "skilled") is not enough.
    /// </summary>
    [Range(0, 1)]
    public double MinTextSimilarity { get; set; } = 0.35;
}
