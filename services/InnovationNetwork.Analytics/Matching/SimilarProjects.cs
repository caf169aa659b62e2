using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Analytics.Text;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>
/// A project that worked on a bottleneck like the one asked about, in another region: the overall
/// similarity, and its two parts (skills: shared required skills of same-category bottlenecks; text: TF-IDF
/// cosine of the titles and descriptions).
/// </summary>
public sealed record SimilarProject(
    string ProjectId, string BottleneckId, double Similarity, IReadOnlyList<string> SharedSkillIds, double SkillSimilarity = 0, double TextSimilarity = 0);

/// <summary>
/// "Who solved this elsewhere?" (formulas in graph-schema/analytics.md): projects that ADDRESS another
/// bottleneck, located in another region, that is of the same category and shares a required skill, or whose
/// text (or the project's own) reads like this bottleneck's. Most similar first, ties by project id.
/// </summary>
public static class SimilarProjects
{
    public static IReadOnlyList<SimilarProject> For(GraphSnapshot graph, string bottleneckId, int first, SimilarProjectWeights? weights = null)
    {
        weights ??= new SimilarProjectWeights();
        var bottleneck = PartnerMatcher.Resolve(graph, bottleneckId, "bottleneck", "Bottleneck");
        var required = graph.SkillsRequiredBy(bottleneck).ToHashSet();
        var text = new TextSimilarity(graph, bottleneck);
        var region = graph.RegionOf(bottleneck);
        var found = new List<SimilarProject>();
        for (var project = 0; project < graph.NodeCount; project++)
        {
            if (graph.LabelOf(project) != "Project" || graph.BottlenecksAddressedBy(project) is not { Count: > 0 } addressed)
            {
                continue;
            }

            var projectText = text.To(project);
            SimilarProject? best = null;
            foreach (var other in addressed)
            {
                if (other == bottleneck || (region >= 0 && graph.RegionOf(other) == region))
                {
                    continue;
                }

                var shared = graph.SkillsRequiredBy(other).Where(required.Contains).ToList();
                var skills = graph.KindOf(other) == graph.KindOf(bottleneck) && shared.Count > 0
                    ? shared.Count / (double)(required.Count + graph.SkillsRequiredBy(other).Count - shared.Count)
                    : 0;
                var similarText = Math.Max(projectText, text.To(other));
                if (skills == 0 && similarText < weights.MinTextSimilarity)
                {
                    continue;
                }

                var candidate = new SimilarProject(
                    graph.IdOf(project),
                    graph.IdOf(other),
                    Math.Round((weights.Skills * skills) + (weights.Text * similarText), 4),
                    [.. shared.Select(graph.IdOf).Order(StringComparer.Ordinal)],
                    Math.Round(skills, 4),
                    Math.Round(similarText, 4));
                if (best is null || candidate.Similarity > best.Similarity
                    || (candidate.Similarity == best.Similarity && string.CompareOrdinal(candidate.BottleneckId, best.BottleneckId) < 0))
                {
                    best = candidate;
                }
            }

            if (best is not null)
            {
                found.Add(best);
            }
        }

        return [.. found.OrderByDescending(p => p.Similarity).ThenBy(p => p.ProjectId, StringComparer.Ordinal).Take(first)];
    }
}
