using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// Projects a region takes part in (at least one participant inside it): how open their partnerships are and
/// what they were funded with. Computed by one pass over the projects; <see cref="GapIndex"/> keeps the result.
/// </summary>
internal sealed record ProjectReach(Collaboration Collaboration, IReadOnlyList<FundingByKind> Funding)
{
    public static ProjectReach Of(GapIndex index, int region)
    {
        var graph = index.Graph;
        var hierarchy = index.Hierarchy;
        int reached = 0, insideOnly = 0;
        var funding = new Dictionary<string, (double Amount, int Projects)>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in index.Projects)
        {
            var participants = graph.ParticipantsOf(project);
            var inside = participants.Count(p => hierarchy.Contains(region, graph.RegionOf(p)));
            if (inside == 0)
            {
                continue;
            }

            reached++;
            insideOnly += inside == participants.Count ? 1 : 0;
            kinds.Clear();
            foreach (var (funder, amount) in graph.FundingOf(project))
            {
                // "" stands for an unrecorded kind: dictionary keys cannot be null.
                var kind = graph.KindOf(funder) ?? string.Empty;
                var (sum, projects) = funding.GetValueOrDefault(kind);
                funding[kind] = (sum + amount, projects + (kinds.Add(kind) ? 1 : 0));
            }
        }

        var collaboration = new Collaboration(
            reached, insideOnly, reached - insideOnly, Share(insideOnly, reached), Share(reached - insideOnly, reached));
        return new ProjectReach(collaboration, [.. funding
            .OrderByDescending(f => f.Value.Amount).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FundingByKind(f.Key.Length == 0 ? null : f.Key, Math.Round(f.Value.Amount, 2), f.Value.Projects))]);
    }

    private static double Share(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
