using InnovationNetwork.Api.GraphQL.Analytics;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Types;

public sealed class RegionType : NodeGraphType
{
    public RegionType(GraphSchema schema, SchemaEnums enums)
        : base("Region", schema, enums)
    {
        AddProperties();
        Related<RegionType>("parents", "Regions this region is part of (e.g. its ITL1 region, or an authority area).", "PART_OF", Direction.Outgoing);
        Related<RegionType>("subRegions", "Regions that are part of this one, one level down.", "PART_OF", Direction.Incoming);
        Related<RegionType>("borders", "Regions that share a border with this one.", "BORDERS", Direction.Both);
        Located<OrganisationInterface>("organisations", "Labs, firms and funders located directly in this region (filter labs or firms by region to include sub-regions).", "Lab", "Firm", "Funder");
        Located<BottleneckType>("bottlenecks", "Bottlenecks located directly in this region.", "Bottleneck");
        Located<ProjectType>("projects", "Projects located directly in this region.", "Project");
    }

    // One loader serves all three fields: a query asking for organisations and bottlenecks costs one store call.
    private void Located<TGraphType>(string name, string description, params string[] labels)
        where TGraphType : global::GraphQL.Types.IGraphType =>
        Field<global::GraphQL.Types.NonNullGraphType<global::GraphQL.Types.ListGraphType<global::GraphQL.Types.NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(c => Loaders(c).Neighbours("LOCATED_IN", Direction.Incoming).Load(c.Source.Id)
                .Then(found => found.Select(n => n.Node).Where(n => labels.Contains(n.Label)).ToList()));
}

public sealed class LabType : NodeGraphType
{
    public LabType(GraphSchema schema, SchemaEnums enums)
        : base("Lab", schema, enums)
    {
        Interface<OrganisationInterface>();
        AddProperties();
        AddOrganisationFields();
    }
}

public sealed class FirmType : NodeGraphType
{
    public FirmType(GraphSchema schema, SchemaEnums enums)
        : base("Firm", schema, enums)
    {
        Interface<OrganisationInterface>();
        AddProperties();
        AddOrganisationFields();
    }
}

public sealed class FunderType : NodeGraphType
{
    public FunderType(GraphSchema schema, SchemaEnums enums)
        : base("Funder", schema, enums)
    {
        Interface<OrganisationInterface>();
        AddProperties();
        RegionField("The region the funder is based in.");
        Field<global::GraphQL.Types.NonNullGraphType<global::GraphQL.Types.ListGraphType<global::GraphQL.Types.NonNullGraphType<SkillLevelType>>>>("skills")
            .Description("Funders hold no skills in the graph: always empty (present because every Organisation has skills).")
            .Resolve(_ => Array.Empty<Neighbour>());
        Relationships<FundingType>("projects", "Projects this funder funds, with the amounts.", "FUNDS", Direction.Outgoing);
    }
}

public sealed class SkillType : NodeGraphType
{
    public SkillType(GraphSchema schema, SchemaEnums enums)
        : base("Skill", schema, enums)
    {
        AddProperties();
        Relationships<RelatedSkillType>("related", "Related skills, with the strength of each relation.", "RELATED_TO", Direction.Both);
        Relationships<SkillLevelType>("holders", "Labs and firms that hold this skill, with their level.", "HAS_SKILL", Direction.Incoming);
        Related<LabType>("labs", "Labs that hold this skill.", "HAS_SKILL", Direction.Incoming, "Lab");
        Related<FirmType>("firms", "Firms that hold this skill.", "HAS_SKILL", Direction.Incoming, "Firm");
        Relationships<SkillNeedType>("neededBy", "Labs and firms that need this skill, with the priority of the need.", "NEEDS_SKILL", Direction.Incoming);
        Related<BottleneckType>("bottlenecks", "Bottlenecks that require this skill.", "REQUIRES", Direction.Incoming);
        Related<ProjectType>("projects", "Projects that use this skill.", "USES_SKILL", Direction.Incoming);
    }
}

public sealed class BottleneckType : NodeGraphType
{
    public BottleneckType(GraphSchema schema, SchemaEnums enums)
        : base("Bottleneck", schema, enums)
    {
        AddProperties();
        RegionField("The region where the bottleneck is faced.");
        Related<SkillType>("requiredSkills", "Skills needed to unblock it.", "REQUIRES", Direction.Outgoing);
        Related<OrganisationInterface>("facedBy", "Labs and firms that face it.", "FACES", Direction.Incoming);
        Related<ProjectType>("addressedBy", "Projects working on it.", "ADDRESSES", Direction.Incoming);
        this.AddSimilarProjectsField();
    }
}

public sealed class ProjectType : NodeGraphType
{
    public ProjectType(GraphSchema schema, SchemaEnums enums)
        : base("Project", schema, enums)
    {
        AddProperties();
        RegionField("The region the project is based in (its lead's).");
        Relationships<ParticipationType>("participants", "Labs and firms taking part, with their role.", "PARTICIPATES_IN", Direction.Incoming);
        Relationships<FundingType>("funding", "Funders of the project, with the amounts.", "FUNDS", Direction.Incoming);
        Related<SkillType>("skills", "Skills the project draws on.", "USES_SKILL", Direction.Outgoing);
        Related<BottleneckType>("addresses", "Bottlenecks the project works on.", "ADDRESSES", Direction.Outgoing);
    }
}
