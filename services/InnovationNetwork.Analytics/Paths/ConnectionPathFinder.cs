using System.Runtime.CompilerServices;
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
/// shared regions (breadth-first, so the first path found is a shortest one). At each step projects are
/// tried before skills and skills before regions, so among equally short chains the most personal wins.
/// </summary>
public static class ConnectionPathFinder
{
    public const int MaxLength = 6;

    private static readonly ConditionalWeakTable<GraphSnapshot, List<int>?[]> Residents = [];

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

        var residents = Residents.GetValue(graph, IndexResidents);
        var previous = new Dictionary<int, (int Node, PathStep Step)> { [from] = (-1, null!) };
        var frontier = new List<int> { from };
        for (var depth = 0; depth < maxLength && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (neighbour, step) in Neighbours(graph, residents, node))
                {
                    if (previous.TryAdd(neighbour, (node, step)))
                    {
                        if (neighbour == to)
                        {
                            return Trace(graph, previous, to);
                        }

                        next.Add(neighbour);
                    }
                }
            }

            frontier = next;
        }

        return null;
    }

    private static IEnumerable<(int Node, PathStep Step)> Neighbours(GraphSnapshot graph, List<int>?[] residents, int node)
    {
        var id = graph.IdOf(node);
        switch (graph.LabelOf(node))
        {
            case "Lab" or "Firm":
                foreach (var project in graph.ProjectsOf(node))
                {
                    yield return (project, new PathStep(id, "PARTICIPATES_IN", graph.IdOf(project)));
                }

                foreach (var skill in graph.SkillsOf(node))
                {
                    yield return (skill.Node, new PathStep(id, "HAS_SKILL", graph.IdOf(skill.Node)));
                }

                if (graph.RegionOf(node) is var region and >= 0)
                {
                    yield return (region, new PathStep(id, "LOCATED_IN", graph.IdOf(region)));
                }

                break;
            case "Project":
                foreach (var participant in graph.ParticipantsOf(node))
                {
                    yield return (participant, new PathStep(graph.IdOf(participant), "PARTICIPATES_IN", id));
                }

                break;
            case "Skill":
                foreach (var holder in graph.HoldersOf(node))
                {
                    yield return (holder.Node, new PathStep(graph.IdOf(holder.Node), "HAS_SKILL", id));
                }

                break;
            case "Region":
                foreach (var resident in residents[node] ?? [])
                {
                    yield return (resident, new PathStep(graph.IdOf(resident), "LOCATED_IN", id));
                }

                break;
        }
    }

    private static ConnectionPath Trace(GraphSnapshot graph, Dictionary<int, (int Node, PathStep Step)> previous, int to)
    {
        var nodes = new List<string>();
        var steps = new List<PathStep>();
        for (var node = to; node >= 0; node = previous[node].Node)
        {
            nodes.Add(graph.IdOf(node));
            if (previous[node].Node >= 0)
            {
                steps.Add(previous[node].Step);
            }
        }

        nodes.Reverse();
        steps.Reverse();
        return new ConnectionPath(nodes, steps);
    }

    /// <summary>Labs and firms by the region they are located in (the snapshot keeps only the forward link).</summary>
    private static List<int>?[] IndexResidents(GraphSnapshot graph)
    {
        var residents = new List<int>?[graph.NodeCount];
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.IsOrganisation(node) && graph.RegionOf(node) is var region and >= 0)
            {
                (residents[region] ??= []).Add(node);
            }
        }

        return residents;
    }
}
