using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// Weights of the readiness index components (graph-schema/analytics.md); they should sum to 1 so the index
/// stays within 0–100. Ready to be bound as <c>Analytics:Readiness</c>.
/// </summary>
public sealed class ReadinessWeights
{
    /// <summary>Skills supply per organisation (human capital depth).</summary>
    [Range(0, 1)]
    public double SkillsDepth { get; set; } = 0.25;

    /// <summary>Share of the region's skill demand its own supply could meet (human capital fit).</summary>
    [Range(0, 1)]
    public double DemandMet { get; set; } = 0.25;

    /// <summary>Labs per organisation (research infrastructure).</summary>
    [Range(0, 1)]
    public double ResearchInfrastructure { get; set; } = 0.25;

    /// <summary>Share of the region's projects with partners outside it (collaboration openness).</summary>
    [Range(0, 1)]
    public double CollaborationOpenness { get; set; } = 0.25;
}
