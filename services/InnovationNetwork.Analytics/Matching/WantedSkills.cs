using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>
/// The skills a partner should bring, each with a weight in 0–1: asked for (1), needed (priority/5), required
/// by an open bottleneck the organisation faces (severity/5), related to its own skills (relation weight ×
/// RelatedToOwnSkillWant). A skill reached several ways keeps its largest weight.
/// </summary>
internal static class WantedSkills
{
    public static Dictionary<int, double> For(GraphSnapshot graph, int organisation, IReadOnlyList<string> skillIds, AnalyticsOptions options)
    {
        var wanted = new Dictionary<int, double>();
        foreach (var id in skillIds)
        {
            Want(wanted, PartnerMatcher.Resolve(graph, id, "skill", "Skill"), 1.0);
        }

        if (organisation < 0)
        {
            return wanted;
        }

        foreach (var need in graph.NeedsOf(organisation))
        {
            Want(wanted, need.Node, need.Strength / 5.0);
        }

        foreach (var bottleneck in graph.BottlenecksFacedBy(organisation))
        {
            if (graph.IsOpenBottleneck(bottleneck))
            {
                foreach (var skill in graph.SkillsRequiredBy(bottleneck))
                {
                    Want(wanted, skill, graph.Severity(bottleneck) / 5.0);
                }
            }
        }

        var own = graph.SkillsOf(organisation).Select(s => s.Node).ToHashSet();
        foreach (var skill in own)
        {
            foreach (var related in graph.RelatedTo(skill))
            {
                if (!own.Contains(related.Skill))
                {
                    Want(wanted, related.Skill, related.Weight * options.RelatedToOwnSkillWant);
                }
            }
        }

        return wanted;
    }

    private static void Want(Dictionary<int, double> wanted, int skill, double weight)
    {
        if (weight > 0 && (!wanted.TryGetValue(skill, out var current) || weight > current))
        {
            wanted[skill] = weight;
        }
    }
}
