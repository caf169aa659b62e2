using GraphQL.Types;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Api.GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>A ranked organisation with its score, matched skills and reasons; PartnerMatch and SolverMatch share the shape.</summary>
public abstract class MatchGraphType : ObjectGraphType<Match>
{
    protected MatchGraphType(string name, string description, string skillsField, string skillsDescription)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<OrganisationInterface>>("organisation").Description("The lab or firm.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.OrganisationId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Score from 0 to 1 (formula in graph-schema/analytics.md); higher ranks first.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillType>>>>(skillsField).Description(skillsDescription)
            .Resolve(c => new LoadNodes(NodeGraphType.Loaders(c), c.Source.SkillIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why it ranks here, in plain words (skills, proximity, shared projects, openness).")
            .Resolve(c => c.Source.Reasons);
    }
}

public sealed class PartnerMatchType() : MatchGraphType(
    "PartnerMatch",
    "A suggested partner: an organisation that complements the one given or holds the skills asked for.",
    "matchedSkills",
    "Wanted skills the partner holds directly.");

public sealed class SolverMatchType() : MatchGraphType(
    "SolverMatch",
    "An organisation that could help unblock a bottleneck.",
    "coveredSkills",
    "Skills the bottleneck requires that the organisation holds directly.");
