using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using static InnovationNetwork.Tests.Support.SampleGraph;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// A small hand-built graph where each relevance rule has one right answer: an entity named for a query
/// next to others that only mention its words, skills with aliases, text using synonyms, and regions
/// nested UK ⊃ Yorkshire ⊃ South Yorkshire, UK ⊃ North West ⊃ Greater Manchester.
/// </summary>
internal static class SearchCorpus
{
    public static GraphNode Described(string id, string label, string name, string description, params (string, object?)[] more) =>
        new(id, label, PropertyMap.From(new (string, object?)[] { (label is "Bottleneck" or "Project" ? "title" : "name", name), ("description", description) }
            .Concat(label == "Bottleneck" ? [("category", "skills")] : []).Concat(more).ToArray()));

    public static GraphNode AliasedSkill(string slug, string name, params string[] aliases) =>
        new($"skill:{slug}", "Skill", PropertyMap.From(("name", name), ("category", "Engineering"), ("aliases", aliases)));

    public static GraphBatch Build() => new()
    {
        Nodes =
        [
            .. Regions,
            Described("lab:robotics-institute", "Lab", "Robotics Institute", "Research into autonomous machines."),
            Described("firm:steelworks", "Firm", "Don Valley Steelworks", "A forge that is starting to use robotics on its lines."),
            Described("firm:weldbots", "Firm", "Weldbots", "We build welding robots for shipyards."),
            Described("firm:shipwright", "Firm", "Shipwright Marine", "Robots used in welding and painting hulls."),
            Described("lab:geic", "Lab", "Graphene Engineering Innovation Centre", "Helps companies turn 2D materials into products."),
            Described("firm:flowsim", "Firm", "Flowsim", "A CFD consultancy for wind farms."),
            Described("firm:pharmaminds", "Firm", "Pharmaminds", "Applies artificial intelligence to drug discovery."),
            Described("firm:datacraft", "Firm", "Datacraft", "An AI start-up for retailers."),
            Described("firm:escaper", "Firm", "Escaper <b>&</b> Sons", "Makes <script>alert(1)</script> safe & sound fixtures."),
            Described("bottleneck:no-welders", "Bottleneck", "Too few robotic welding engineers", "Firms cannot hire engineers for welding cells."),
            AliasedSkill("cfd", "Computational fluid dynamics", "CFD", "flow simulation"),
            AliasedSkill("robotics", "Robotics", "robot systems"),
            AliasedSkill("welding", "Welding"),
        ],
        Relationships =
        [
            .. RegionNesting,
            Rel("lab:robotics-institute", "LOCATED_IN", "region:TLD3"),
            Rel("firm:steelworks", "LOCATED_IN", "region:TLE3"),
            Rel("firm:weldbots", "LOCATED_IN", "region:TLE3"),
            Rel("firm:shipwright", "LOCATED_IN", "region:TLD3"),
            Rel("lab:geic", "LOCATED_IN", "region:TLD3"),
            Rel("firm:flowsim", "LOCATED_IN", "region:TLE"),
            Rel("bottleneck:no-welders", "LOCATED_IN", "region:TLE3"),
            Rel("firm:weldbots", "HAS_SKILL", "skill:robotics", ("level", 4)),
            Rel("firm:weldbots", "HAS_SKILL", "skill:welding", ("level", 5)),
            Rel("firm:flowsim", "HAS_SKILL", "skill:cfd", ("level", 5)),
            Rel("bottleneck:no-welders", "REQUIRES", "skill:welding"),
        ],
    };
}
