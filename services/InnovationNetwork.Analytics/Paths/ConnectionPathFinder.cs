using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Paths;

/// <summary>One relationship on a path, as stored (start, type, end).</summary>
public sealed record PathStep(string StartId, string Type, string EndId);

/// <summary>A chain of relationships from one organisation to another; <see cref="Steps"/> has <c>Length</c> entries.</summary>
public sealed record ConnectionPath(IReadOnlyList<string> NodeIds, IReadOnlyList<PathStep> Steps)
{
    public int Length => Steps.Count;
}

/// <summary>
/// "Introduce me": the shortest chain between two labs or firms through shared projects, shared skills and
/// shared regions, by breadth-first search from both ends (<see cref="PathSearch"/>). Pure and thread-safe:
/// each thread keeps its own search scratch, so a search allocates next to nothing.
/// </summary>
public static class ConnectionPathFinder
{
    public const int MaxLength = 6;

    [ThreadStatic]
    private static PathSearch? t_search;

    public static ConnectionPath? Find(GraphSnapshot graph, string fromId, string toId, int maxLength)
    {
        if (maxLength is < 1 or > MaxLength)
        {
            throw new AnalyticsInputException($"'maxLength' must be between 1 and {MaxLength} (was {maxLength})", notFound: false);
        }

        var from = PartnerMatcher.Resolve(graph, fromId, "organisation", "Lab", "Firm");
        var to = PartnerMatcher.Resolve(graph, toId, "organisation", "Lab", "Firm");
        if (from == to)
        {
            return new ConnectionPath([fromId], []);
        }

        var search = t_search ??= new PathSearch();
        return search.Run(graph, from, to, maxLength) is { } nodes ? Describe(graph, nodes) : null;
    }

    /// <summary>Every step joins an organisation to a project, skill or region, stored from the organisation.</summary>
    private static ConnectionPath Describe(GraphSnapshot graph, List<int> nodes)
    {
        var steps = new List<PathStep>(nodes.Count - 1);
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var (organisation, other) = graph.IsOrganisation(nodes[i]) ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
            var type = graph.LabelOf(other) switch
            {
                "Project" => "PARTICIPATES_IN",
                "Skill" => "HAS_SKILL",
                _ => "LOCATED_IN",
            };
            steps.Add(new PathStep(graph.IdOf(organisation), type, graph.IdOf(other)));
        }

        return new ConnectionPath([.. nodes.Select(graph.IdOf)], steps);
    }
}
