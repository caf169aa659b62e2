using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Support;

/// <summary>A small graph with region nesting, organisations, skills and a project, for store and import tests.</summary>
public static class SampleGraph
{
    public static GraphNode Region(string code, string name, string level) =>
        new($"region:{code}", "Region", PropertyMap.From(("name", name), ("level", level), ("code", code)));

    public static GraphNode Lab(string slug, string name, string? description = null, int? founded = null) =>
        new($"lab:{slug}", "Lab", PropertyMap.From(new Dictionary<string, object?> { ["name"] = name, ["description"] = description, ["founded"] = founded }
            .Where(p => p.Value is not null)));

    public static GraphNode Firm(string slug, string name, string sector, string size) =>
        new($"firm:{slug}", "Firm", PropertyMap.From(("name", name), ("sector", sector), ("size", size)));

    public static GraphNode Skill(string slug, string name, string category = "Digital and AI") =>
        new($"skill:{slug}", "Skill", PropertyMap.From(("name", name), ("category", category)));

    public static GraphRelationship Rel(string start, string type, string end, params (string, object?)[] properties) =>
        new(start, type, end, properties.Length == 0 ? PropertyMap.Empty : PropertyMap.From(properties));

    /// <summary>UK ⊃ Yorkshire (TLE) ⊃ South Yorkshire (TLE3); North West (TLD) ⊃ Greater Manchester (TLD3).</summary>
    public static IReadOnlyList<GraphNode> Regions { get; } =
    [
        Region("UK", "United Kingdom", "NATION"),
        Region("TLE", "Yorkshire and The Humber", "ITL1"),
        Region("TLE3", "South Yorkshire", "ITL2"),
        Region("TLD", "North West", "ITL1"),
        Region("TLD3", "Greater Manchester", "ITL2"),
    ];

    /// <summary>The PART_OF relationships of <see cref="Regions"/>.</summary>
    public static IReadOnlyList<GraphRelationship> RegionNesting { get; } =
    [
        Rel("region:TLE", "PART_OF", "region:UK"),
        Rel("region:TLE3", "PART_OF", "region:TLE"),
        Rel("region:TLD", "PART_OF", "region:UK"),
        Rel("region:TLD3", "PART_OF", "region:TLD"),
    ];

    /// <summary>The regions above, with labs, firms, skills and a project placed in them.</summary>
    public static GraphBatch Build() => new()
    {
        Nodes =
        [
            .. Regions,
            Lab("amrc", "Advanced Manufacturing Research Centre", "Machining and robotics for industry", 2001),
            Lab("royce", "Henry Royce Institute", "Advanced materials research", 2015),
            Lab("hartree", "Hartree Centre"),
            Firm("acme", "Acme Robotics", "C", "small"),
            Firm("beta", "Beta Data", "J", "micro"),
            Skill("robotics", "Robotics", "Advanced manufacturing"),
            Skill("ml", "Machine learning"),
            Skill("materials", "Materials characterisation", "Materials"),
        ],
        Relationships =
        [
            .. RegionNesting,
            Rel("region:TLE", "BORDERS", "region:TLD"),
            Rel("lab:amrc", "LOCATED_IN", "region:TLE3"),
            Rel("firm:acme", "LOCATED_IN", "region:TLE3"),
            Rel("lab:royce", "LOCATED_IN", "region:TLD3"),
            Rel("firm:beta", "LOCATED_IN", "region:TLD3"),
            Rel("lab:hartree", "LOCATED_IN", "region:TLD"),
            Rel("lab:amrc", "HAS_SKILL", "skill:robotics", ("level", 5)),
            Rel("firm:acme", "HAS_SKILL", "skill:robotics", ("level", 3)),
            Rel("lab:royce", "HAS_SKILL", "skill:materials", ("level", 5)),
            Rel("firm:beta", "HAS_SKILL", "skill:ml", ("level", 4)),
            Rel("firm:acme", "NEEDS_SKILL", "skill:ml", ("priority", 4)),
            Rel("skill:ml", "RELATED_TO", "skill:robotics", ("weight", 0.5)),
        ],
    };
}
