using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>
/// A relationship with properties, seen from either end. The node the relationship was reached from is
/// loaded by id (batched); the other end came with the relationship.
/// </summary>
public abstract class RelationshipGraphType : ObjectGraphType<Neighbour>
{
    protected RelationshipGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ProvenanceType>>("provenance")
            .Description("Who created and last changed this relationship, through what, and when.")
            .Resolve(c => NodeGraphType.Loaders(c).RelationshipStamps.Load(c.Source.Relationship.Key).Then(s => s?.Provenance));
    }

    protected void End<TGraphType>(string name, string description, params string[] labels)
        where TGraphType : IGraphType =>
        Field<NonNullGraphType<TGraphType>>(name).Description(description).Resolve(c => EndOf(c, labels));

    protected void IntProperty(string name, string description) =>
        Field<NonNullGraphType<IntGraphType>>(name).Description(description).Resolve(c => (int)c.Source.Relationship.Properties.GetInt64(name)!.Value);

    private static object EndOf(IResolveFieldContext<Neighbour> context, string[] labels) =>
        labels.Contains(context.Source.Node.Label)
            ? context.Source.Node
            : NodeGraphType.Loaders(context).Nodes.Load(context.Source.FromId);
}

public sealed class SkillLevelType : RelationshipGraphType
{
    public SkillLevelType()
        : base("SkillLevel", "An organisation holding a skill at a level.")
    {
        IntProperty("level", "Depth of the capability, 1 (basic) to 5 (world-leading).");
        End<SkillType>("skill", "The skill.", "Skill");
        End<OrganisationInterface>("organisation", "The lab or firm that holds it.", "Lab", "Firm");
    }
}

public sealed class SkillNeedType : RelationshipGraphType
{
    public SkillNeedType()
        : base("SkillNeed", "An organisation needing a skill it lacks.")
    {
        IntProperty("priority", "How urgent the need is, 1 (nice to have) to 5 (critical).");
        End<SkillType>("skill", "The skill needed.", "Skill");
        End<OrganisationInterface>("organisation", "The lab or firm that needs it.", "Lab", "Firm");
    }
}

public sealed class ParticipationType : RelationshipGraphType
{
    public ParticipationType(SchemaEnums enums)
        : base("Participation", "An organisation taking part in a project.")
    {
        Field("role", new NonNullGraphType(enums.ForRelationship("PARTICIPATES_IN", "role", "ParticipantRole")))
            .Description("Role in the project.")
            .Resolve(c => c.Source.Relationship.Properties.GetString("role"));
        End<OrganisationInterface>("organisation", "The lab or firm.", "Lab", "Firm");
        End<ProjectType>("project", "The project.", "Project");
    }
}

public sealed class FundingType : RelationshipGraphType
{
    public FundingType()
        : base("Funding", "A funder funding a project.")
    {
        Field<FloatGraphType>("amountGbp").Description("Amount awarded in pounds sterling, where known.")
            .Resolve(c => c.Source.Relationship.Properties.GetDouble("amountGbp"));
        End<FunderType>("funder", "The funder.", "Funder");
        End<ProjectType>("project", "The project.", "Project");
    }
}

public sealed class RelatedSkillType : ObjectGraphType<Neighbour>
{
    public RelatedSkillType()
    {
        Name = "RelatedSkill";
        Description = "A skill related to another, with the strength of the relation.";
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Strength of the relation, 0 to 1.")
            .Resolve(c => c.Source.Relationship.Properties.GetDouble("weight") ?? 0);
        Field<NonNullGraphType<SkillType>>("skill").Description("The related skill.").Resolve(c => c.Source.Node);
    }
}
