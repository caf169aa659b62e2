using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Connections;

public sealed class RegionFilterType : NodeFilterGraphType
{
    public RegionFilterType(SchemaEnums enums)
        : base("Region")
    {
        RegionFilter();
        TextFilters("name", hasDescription: false);
        AnyOf("level", "level", enums.ForNode("Region", "level"), "The region's level is one of these.");
        Flag("goldenTriangle", "Only golden-triangle regions (true) or only the others (false).");
    }
}

public sealed class LabFilterType : NodeFilterGraphType
{
    public LabFilterType(SchemaEnums enums)
        : base("Lab")
    {
        RegionFilter();
        TextFilters("name");
        RelatedTo("skills", "HAS_SKILL", Direction.Outgoing, "Holds at least one of these skills (skill ids).");
        AnyOf("kind", "kind", enums.ForNode("Lab", "kind"), "The lab's kind is one of these.");
        Flag("openToCollaboration", "Only labs open (true) or closed (false) to new partners.");
    }
}

public sealed class FirmFilterType : NodeFilterGraphType
{
    public FirmFilterType(SchemaEnums enums)
        : base("Firm")
    {
        RegionFilter();
        TextFilters("name");
        RelatedTo("skills", "HAS_SKILL", Direction.Outgoing, "Holds at least one of these skills (skill ids).");
        AnyOf("sector", "sector", enums.ForNode("Firm", "sector"), "The firm's UK SIC 2007 section is one of these.");
        AnyOf("size", "size", enums.ForNode("Firm", "size"), "The firm's size band is one of these.");
        Flag("openToCollaboration", "Only firms open (true) or closed (false) to new partners.");
    }
}

public sealed class FunderFilterType : NodeFilterGraphType
{
    public FunderFilterType(SchemaEnums enums)
        : base("Funder")
    {
        RegionFilter();
        TextFilters("name");
        AnyOf("kind", "kind", enums.ForNode("Funder", "kind"), "The funder's kind is one of these.");
    }
}

public sealed class SkillFilterType : NodeFilterGraphType
{
    public SkillFilterType()
        : base("Skill")
    {
        TextFilters("name");
        AnyOf("category", "category", new StringGraphType(), "The skill's category is one of these (exact names).");
        RelatedTo("relatedTo", "RELATED_TO", Direction.Both, "Related to at least one of these skills (skill ids).");
    }
}

public sealed class BottleneckFilterType : NodeFilterGraphType
{
    public BottleneckFilterType(SchemaEnums enums)
        : base("Bottleneck")
    {
        RegionFilter();
        TextFilters("title");
        RelatedTo("skills", "REQUIRES", Direction.Outgoing, "Requires at least one of these skills (skill ids).");
        AnyOf("category", "category", enums.ForNode("Bottleneck", "category"), "The bottleneck's category is one of these.");
        AnyOf("status", "status", enums.ForNode("Bottleneck", "status"), "The bottleneck's status is one of these.");
        Range("minSeverity", "severity", minimum: true, new IntGraphType(), "Severity at least this (1–5).");
        Range("maxSeverity", "severity", minimum: false, new IntGraphType(), "Severity at most this (1–5).");
    }
}

public sealed class ProjectFilterType : NodeFilterGraphType
{
    public ProjectFilterType(SchemaEnums enums)
        : base("Project")
    {
        RegionFilter();
        TextFilters("title");
        RelatedTo("skills", "USES_SKILL", Direction.Outgoing, "Uses at least one of these skills (skill ids).");
        RelatedTo("participants", "PARTICIPATES_IN", Direction.Incoming, "At least one of these labs or firms takes part (organisation ids).");
        RelatedTo("funders", "FUNDS", Direction.Incoming, "Funded by at least one of these funders (funder ids).");
        AnyOf("status", "status", enums.ForNode("Project", "status"), "The project's status is one of these.");
        Range("startsFrom", "startDate", minimum: true, new StringGraphType(), "Starts on or after this date (yyyy-mm-dd).");
        Range("startsUntil", "startDate", minimum: false, new StringGraphType(), "Starts on or before this date (yyyy-mm-dd).");
    }
}
