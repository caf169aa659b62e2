using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>Who is already close to an organisation through projects: collaborators (1) and partners' partners.</summary>
internal static class NetworkCloseness
{
    // Bounds the walk around very connected organisations; closeness is a bonus, not worth seconds.
    private const int MaxProjectsPerPartner = 200;

    public static Dictionary<int, (double Closeness, string? Reason)> From(GraphSnapshot graph, int organisation, double partnerOfPartner)
    {
        var close = new Dictionary<int, (double, string?)>();
        if (organisation < 0)
        {
            return close;
        }

        var partners = new List<(int Partner, int Project)>();
        foreach (var project in graph.ProjectsOf(organisation))
        {
            foreach (var participant in graph.ParticipantsOf(project))
            {
                if (participant != organisation && close.TryAdd(participant, (1.0, $"already works with you on {graph.NameOf(project)}")))
                {
                    partners.Add((participant, project));
                }
            }
        }

        foreach (var (partner, _) in partners)
        {
            foreach (var project in graph.ProjectsOf(partner).Take(MaxProjectsPerPartner))
            {
                foreach (var participant in graph.ParticipantsOf(project))
                {
                    if (participant != organisation)
                    {
                        close.TryAdd(participant, (partnerOfPartner, $"worked with your partner {graph.NameOf(partner)} on {graph.NameOf(project)}"));
                    }
                }
            }
        }

        return close;
    }
}
