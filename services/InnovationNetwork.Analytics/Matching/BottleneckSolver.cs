using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>
/// Ranks labs and firms that could unblock a bottleneck: coverage of its required skills (each weighted
/// equally), proximity to where it is faced, and openness. Those who face it are left out.
/// </summary>
public sealed class BottleneckSolver(AnalyticsOptions options)
{
    private static readonly Dictionary<int, (double, string?)> NoNetwork = [];

    public IReadOnlyList<Match> Solve(GraphSnapshot graph, string bottleneckId, int first)
    {
        var bottleneck = PartnerMatcher.Resolve(graph, bottleneckId, "bottleneck", "Bottleneck");
        var wanted = graph.SkillsRequiredBy(bottleneck).Distinct().ToDictionary(s => s, _ => 1.0);
        if (wanted.Count == 0)
        {
            return [];
        }

        var facers = graph.FacersOf(bottleneck).ToHashSet();
        return CandidateRanking.Rank(
            graph,
            new RankingRequest(wanted, facers.Contains, graph.RegionOf(bottleneck), NoNetwork, options.Solvers, first, SayHowManyCovered: true),
            options);
    }
}
