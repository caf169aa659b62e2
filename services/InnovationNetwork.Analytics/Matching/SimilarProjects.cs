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
/// <remarks>
/// Every project is scored with arithmetic only (no allocation per pair); ids, shared skills and records are
/// made for the few returned, as the partner ranking does.
/// </remarks>
public static class SimilarProjects
{
    public static IReadOnlyList<SimilarProject> For(GraphSnapshot graph, string bottleneckId, int first, SimilarProjectWeights? weights = null)
    {
        weights ??= new SimilarProjectWeights();
        var bottleneck = PartnerMatcher.Resolve(graph, bottleneckId, "bottleneck", "Bottleneck");
        var asked = new AskedBottleneck(graph, bottleneck);
        // Keeps the best `first` only: thousands of projects can qualify, most of them tied on similarity.
        var kept = new PriorityQueue<Scored, Scored>(first + 1, new WeakestFirst(graph));
        for (var project = 0; project < graph.NodeCount; project++)
        {
            if (graph.LabelOf(project) == "Project" && Best(asked, project, weights) is { } best)
            {
                kept.Enqueue(best, best);
                if (kept.Count > first)
                {
                    kept.Dequeue();
                }
            }
        }

        var ranked = new List<SimilarProject>(kept.Count);
        while (kept.TryDequeue(out var scored, out _))
        {
            ranked.Add(Describe(asked, scored));
        }

        ranked.Reverse();
        return ranked;
    }

    /// <summary>The project's most similar pair (ties: the smaller bottleneck id), or null when none counts.</summary>
    private static Scored? Best(AskedBottleneck asked, int project, SimilarProjectWeights weights)
    {
        var graph = asked.Graph;
        var projectText = asked.Text.To(project);
        Scored? best = null;
        foreach (var other in graph.BottlenecksAddressedBy(project))
        {
            if (other == asked.Node || (asked.Region >= 0 && graph.RegionOf(other) == asked.Region))
            {
                continue;
            }

            var skills = asked.SkillSimilarity(other);
            var text = Math.Max(projectText, asked.Text.To(other));
            if (skills == 0 && text < weights.MinTextSimilarity)
            {
                continue;
            }

            var similarity = Math.Round((weights.Skills * skills) + (weights.Text * text), 4);
            if (best is not { } kept || similarity > kept.Similarity
                || (similarity == kept.Similarity && string.CompareOrdinal(graph.IdOf(other), graph.IdOf(kept.Bottleneck)) < 0))
            {
                best = new Scored(project, other, similarity, skills, text);
            }
        }

        return best;
    }

    private static SimilarProject Describe(AskedBottleneck asked, Scored scored)
    {
        var graph = asked.Graph;
        var shared = graph.SkillsRequiredBy(scored.Bottleneck).Where(asked.Required.Contains).Select(graph.IdOf).Order(StringComparer.Ordinal);
        return new SimilarProject(
            graph.IdOf(scored.Project), graph.IdOf(scored.Bottleneck), scored.Similarity, [.. shared], Math.Round(scored.Skills, 4), Math.Round(scored.Text, 4));
    }

    private readonly record struct Scored(int Project, int Bottleneck, double Similarity, double Skills, double Text);

    /// <summary>Orders the queue's head to the weakest kept result: lower similarity, then the later project id.</summary>
    private sealed class WeakestFirst(GraphSnapshot graph) : IComparer<Scored>
    {
        public int Compare(Scored x, Scored y) =>
            x.Similarity != y.Similarity ? x.Similarity.CompareTo(y.Similarity) : string.CompareOrdinal(graph.IdOf(y.Project), graph.IdOf(x.Project));
    }

    /// <summary>What every comparison needs of the bottleneck asked about, worked out once.</summary>
    private sealed class AskedBottleneck(GraphSnapshot graph, int node)
    {
        public GraphSnapshot Graph { get; } = graph;

        public int Node { get; } = node;

        public int Region { get; } = graph.RegionOf(node);

        public HashSet<int> Required { get; } = [.. graph.SkillsRequiredBy(node)];

        public TextSimilarity Text { get; } = new(graph, node);

        /// <summary>Jaccard of the required skills when the other bottleneck has this one's category, else 0.</summary>
        public double SkillSimilarity(int other)
        {
            if (Graph.KindOf(other) != Graph.KindOf(Node))
            {
                return 0;
            }

            var theirs = Graph.SkillsRequiredBy(other);
            var shared = 0;
            for (var i = 0; i < theirs.Count; i++)
            {
                shared += Required.Contains(theirs[i]) ? 1 : 0;
            }

            return shared == 0 ? 0 : shared / (double)(Required.Count + theirs.Count - shared);
        }
    }
}
