using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>The ordering rules issue 5 names, each on a small graph built for it.</summary>
public sealed class OrderingRuleTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();
    private readonly AnalyticsOptions _options = new();

    public Task InitializeAsync() => _fixture.Store.WriteAsync(SampleGraph.Build());

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task SameRegionLabWithAllSkills_ShouldOutrankADistantLabWithTheSameSkills()
    {
        await AddAsync(
            [Lab("near"), Lab("far"), Region("TLM", "Scotland", "ITL1"), Region("TLM1", "East Central Scotland", "ITL2")],
            [
                SampleGraph.Rel("region:TLM1", "PART_OF", "region:TLM"),
                SampleGraph.Rel("lab:near", "LOCATED_IN", "region:TLE3"),
                SampleGraph.Rel("lab:far", "LOCATED_IN", "region:TLM1"),
                .. Holds("lab:near", "skill:ml", "skill:materials"),
                .. Holds("lab:far", "skill:ml", "skill:materials"),
            ]);

        var ranked = Partners(new PartnerRequest("firm:acme", ["skill:ml", "skill:materials"], null, 10));

        Assert.True(Position(ranked, "lab:near") < Position(ranked, "lab:far"));
    }

    [Fact]
    public async Task LabWithOneOfThreeNeededSkills_ShouldRankBelowOneWithAllThree()
    {
        await AddAsync(
            [Lab("one"), Lab("three")],
            [
                SampleGraph.Rel("lab:one", "LOCATED_IN", "region:TLD3"),
                SampleGraph.Rel("lab:three", "LOCATED_IN", "region:TLD3"),
                .. Holds("lab:one", "skill:ml"),
                .. Holds("lab:three", "skill:ml", "skill:materials", "skill:robotics"),
            ]);

        var ranked = Partners(new PartnerRequest(null, ["skill:ml", "skill:materials", "skill:robotics"], "region:TLD3", 10));

        Assert.True(Position(ranked, "lab:three") < Position(ranked, "lab:one"));
    }

    [Fact]
    public async Task SkillDemandedByThreeSevereBottlenecksAndHeldByNoOneLocally_ShouldTopTheRegionsGaps()
    {
        var skill = SampleGraph.Skill("hydrogen", "Hydrogen");
        var bottlenecks = Enumerable.Range(1, 3).Select(i => new GraphNode($"bottleneck:h{i}", "Bottleneck",
            PropertyMap.From(("title", $"Hydrogen {i}"), ("category", "skills"), ("severity", 5)))).ToList();
        await AddAsync(
            [skill, .. bottlenecks],
            [
                .. bottlenecks.SelectMany(b => new[]
                {
                    SampleGraph.Rel(b.Id, "LOCATED_IN", "region:TLE3"),
                    SampleGraph.Rel(b.Id, "REQUIRES", "skill:hydrogen"),
                    SampleGraph.Rel("firm:acme", "FACES", b.Id),
                }),
                SampleGraph.Rel("lab:royce", "HAS_SKILL", "skill:hydrogen", ("level", 5)),
            ]);

        var gaps = EcosystemGaps.Find(await SnapshotAsync(), "region:TLE", 10);

        Assert.Equal("skill:hydrogen", gaps[0].SkillId);
        Assert.Equal(0, gaps[0].Figures.Supply);
        Assert.Equal(3.0, gaps[0].Figures.Demand, 6);
    }

    private IReadOnlyList<Match> Partners(PartnerRequest request) =>
        new PartnerMatcher(_options).Suggest(SnapshotAsync().GetAwaiter().GetResult(), request);

    private Task<GraphSnapshot> SnapshotAsync() => GraphSnapshotBuilder.BuildAsync(_fixture.Store);

    private Task AddAsync(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships) =>
        _fixture.Store.WriteAsync(new GraphBatch { Nodes = nodes, Relationships = relationships });

    private static GraphNode Lab(string slug) => SampleGraph.Lab(slug, "Lab " + slug);

    private static GraphNode Region(string code, string name, string level) => SampleGraph.Region(code, name, level);

    private static IEnumerable<GraphRelationship> Holds(string organisation, params string[] skills) =>
        skills.Select(s => SampleGraph.Rel(organisation, "HAS_SKILL", s, ("level", 5)));

    private static int Position(IReadOnlyList<Match> ranked, string id)
    {
        var index = ranked.Select(m => m.OrganisationId).ToList().IndexOf(id);
        Assert.True(index >= 0, $"{id} is not ranked at all");
        return index;
    }
}
