using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>What a partner search asks for: complement an organisation, hold given skills, or both, near a region.</summary>
public sealed record PartnerRequest(string? OrganisationId, IReadOnlyList<string> SkillIds, string? RegionId, int First);

/// <summary>
/// Ranks labs and firms as partners (formula in graph-schema/analytics.md): skill coverage of what is
/// wanted, proximity to the anchor region, network closeness and openness, each with its reasons.
/// </summary>
public sealed class PartnerMatcher(AnalyticsOptions options)
{
    public IReadOnlyList<Match> Suggest(GraphSnapshot graph, PartnerRequest request)
    {
        var organisation = Resolve(graph, request.OrganisationId, "organisation", "Lab", "Firm", "Funder");
        var region = Resolve(graph, request.RegionId, "region", "Region");
        var wanted = WantedSkills.For(graph, organisation, request.SkillIds, options);
        if (wanted.Count == 0)
        {
            throw new AnalyticsInputException(organisation >= 0
                ? $"'{request.OrganisationId}' has no needs, bottlenecks or skills to match on; pass 'skills' as well"
                : "give an 'organisation' to complement or 'skills' to look for", notFound: false);
        }

        var anchor = region >= 0 ? region : organisation >= 0 ? graph.RegionOf(organisation) : -1;
        var network = NetworkCloseness.From(graph, organisation, options.PartnerOfPartnerCloseness);
        return CandidateRanking.Rank(
            graph,
            new RankingRequest(wanted, candidate => candidate == organisation, anchor, network, options.Partners, request.First, SayHowManyCovered: false),
            options);
    }

    internal static int Resolve(GraphSnapshot graph, string? id, string what, params string[] labels)
    {
        if (id is null)
        {
            return -1;
        }

        if (graph.IndexOf(id) is not { } index)
        {
            throw new AnalyticsInputException($"there is no {what} with id '{id}'", notFound: true);
        }

        if (!labels.Contains(graph.LabelOf(index)))
        {
            throw new AnalyticsInputException(
                $"'{id}' is a {graph.LabelOf(index)}; the {what} must be a {string.Join(" or ", labels)}", notFound: false);
        }

        return index;
    }
}
