using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>A project that worked on a bottleneck like the one asked about, in another region.</summary>
public sealed record SimilarProject(string ProjectId, string BottleneckId, double Similarity, IReadOnlyList<string> SharedSkillIds);

/// <summary>
/// "Who solved this elsewhere?": projects that ADDRESS a bottleneck of the same category that shares at
/// least one required skill, located in another region. Similarity = shared skills / all skills of the two
/// (Jaccard); ties break by project id.
/// </summary>
public static class SimilarProjects
{
    public static IReadOnlyList<SimilarProject> For(GraphSnapshot graph, string bottleneckId, int first)
    {
        var bottleneck = PartnerMatcher.Resolve(graph, bottleneckId, "bottleneck", "Bottleneck");
        var required = graph.SkillsRequiredBy(bottleneck).ToHashSet();
        var category = graph.KindOf(bottleneck);
        var region = graph.RegionOf(bottleneck);
        var found = new Dictionary<int, SimilarProject>();
        foreach (var other in required.SelectMany(graph.BottlenecksRequiring).Distinct())
        {
            if (other == bottleneck || graph.KindOf(other) != category || (region >= 0 && graph.RegionOf(other) == region)
                || graph.ProjectsAddressing(other) is not { Count: > 0 } projects)
            {
                continue;
            }

            var theirs = graph.SkillsRequiredBy(other).ToHashSet();
            var shared = required.Intersect(theirs).OrderBy(graph.IdOf, StringComparer.Ordinal).ToList();
            var similarity = Math.Round(shared.Count / (double)required.Union(theirs).Count(), 4);
            foreach (var project in projects)
            {
                if (!found.TryGetValue(project, out var known) || known.Similarity < similarity)
                {
                    found[project] = new SimilarProject(graph.IdOf(project), graph.IdOf(other), similarity, [.. shared.Select(graph.IdOf)]);
                }
            }
        }

        return [.. found.Values.OrderByDescending(p => p.Similarity).ThenBy(p => p.ProjectId, StringComparer.Ordinal).Take(first)];
    }
}
