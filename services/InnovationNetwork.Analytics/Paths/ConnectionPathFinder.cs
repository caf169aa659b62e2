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
/// shared regions, by breadth-first search from both ends, one level at a time on the side whose next level
/// walks fewer relationships (the first meeting is a shortest chain). Neighbours are tried projects first, then skills, then regions, so
/// among equally short chains the one through shared work is usually found first.
/// </summary>
public static class ConnectionPathFinder
{
    public const int MaxLength = 6;

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

        var fromSide = new Side(from);
        var toSide = new Side(to);
        for (var length = 0; length < maxLength && fromSide.Frontier.Count > 0 && toSide.Frontier.Count > 0; length++)
        {
            // Grow the cheaper side by one level, cost being the relationships its frontier would walk: skill
            // and region hubs have thousands, and meeting in the middle keeps both searches shallow.
            var (grow, other) = Cost(graph, fromSide) <= Cost(graph, toSide) ? (fromSide, toSide) : (toSide, fromSide);
            if (grow.Expand(graph, other) is { } meeting)
            {
                return Trace(graph, fromSide, toSide, meeting);
            }
        }

        return null;
    }

    private static long Cost(GraphSnapshot graph, Side side)
    {
        long cost = 0;
        foreach (var node in side.Frontier)
        {
            cost += graph.LabelOf(node) switch
            {
                "Lab" or "Firm" => graph.ProjectsOf(node).Count + graph.SkillsOf(node).Count + 1,
                "Project" => graph.ParticipantsOf(node).Count,
                "Skill" => graph.HoldersOf(node).Count,
                "Region" => graph.OrganisationsIn(node).Count,
                _ => 0,
            };
        }

        return cost;
    }

    /// <summary>One end of the search: what it has reached, through which step, and its newest level.</summary>
    private sealed class Side(int start)
    {
        public Dictionary<int, (int Node, PathStep? Step)> Reached { get; } = new() { [start] = (-1, null) };

        public List<int> Frontier { get; private set; } = [start];

        /// <summary>Adds the next level; returns the first node the other side has also reached, if any.</summary>
        public int? Expand(GraphSnapshot graph, Side other)
        {
            var next = new List<int>();
            foreach (var node in Frontier)
            {
                foreach (var (neighbour, step) in Neighbours(graph, node))
                {
                    if (Reached.TryAdd(neighbour, (node, step)))
                    {
                        if (other.Reached.ContainsKey(neighbour))
                        {
                            return neighbour;
                        }

                        next.Add(neighbour);
                    }
                }
            }

            Frontier = next;
            return null;
        }
    }

    private static IEnumerable<(int Node, PathStep Step)> Neighbours(GraphSnapshot graph, int node)
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
                foreach (var resident in graph.OrganisationsIn(node))
                {
                    yield return (resident, new PathStep(graph.IdOf(resident), "LOCATED_IN", id));
                }

                break;
        }
    }

    private static ConnectionPath Trace(GraphSnapshot graph, Side fromSide, Side toSide, int meeting)
    {
        var nodes = new List<string>();
        var steps = new List<PathStep>();
        for (var node = meeting; node >= 0; node = fromSide.Reached[node].Node)
        {
            nodes.Add(graph.IdOf(node));
            if (fromSide.Reached[node].Step is { } step)
            {
                steps.Add(step);
            }
        }

        nodes.Reverse();
        steps.Reverse();
        for (var node = meeting; toSide.Reached[node].Node >= 0; node = toSide.Reached[node].Node)
        {
            steps.Add(toSide.Reached[node].Step!);
            nodes.Add(graph.IdOf(toSide.Reached[node].Node));
        }

        return new ConnectionPath(nodes, steps);
    }
}
