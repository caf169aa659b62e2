using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Paths;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>Partner and solver scores on a small graph, computed by hand from graph-schema/analytics.md.</summary>
public sealed class MatchmakingTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();
    private readonly AnalyticsOptions _options = new();
    private GraphSnapshot _graph = null!;

    public async Task InitializeAsync()
    {
        await _fixture.Store.WriteAsync(SampleGraph.Build());
        await _fixture.Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                new GraphNode("project:p1", "Project", PropertyMap.From(("title", "Robot cell"))),
                new GraphNode("project:p2", "Project", PropertyMap.From(("title", "Materials data"))),
                new GraphNode("bottleneck:b1", "Bottleneck", PropertyMap.From(("title", "No ML skills"), ("category", "skills"), ("severity", 5))),
            ],
            Relationships =
            [
                SampleGraph.Rel("firm:acme", "PARTICIPATES_IN", "project:p1", ("role", "lead")),
                SampleGraph.Rel("lab:royce", "PARTICIPATES_IN", "project:p1", ("role", "partner")),
                SampleGraph.Rel("lab:royce", "PARTICIPATES_IN", "project:p2", ("role", "lead")),
                SampleGraph.Rel("firm:beta", "PARTICIPATES_IN", "project:p2", ("role", "partner")),
                SampleGraph.Rel("firm:acme", "FACES", "bottleneck:b1"),
                SampleGraph.Rel("bottleneck:b1", "LOCATED_IN", "region:TLE3"),
                SampleGraph.Rel("bottleneck:b1", "REQUIRES", "skill:ml"),
                SampleGraph.Rel("bottleneck:b1", "REQUIRES", "skill:robotics"),
            ],
        });
        _graph = await GraphSnapshotBuilder.BuildAsync(_fixture.Store);
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public void Partners_ForAFirm_ShouldRankByCoverageProximityNetworkAndOpenness()
    {
        var matches = new PartnerMatcher(_options).Suggest(_graph, new PartnerRequest("firm:acme", [], null, 10));

        // Wanted: ML at 1.0 (severity-5 bottleneck beats the need at priority 4), robotics at 1.0 (same bottleneck).
        Assert.Equal(["lab:amrc", "firm:beta"], matches.Select(m => m.OrganisationId));
        var amrc = matches[0];
        // amrc: robotics 5/5 directly, ML through robotics 1.0 x 0.5 x 0.6 = 0.3 -> coverage 0.65; same region; open.
        Assert.Equal(Math.Round((0.55 * 0.65) + 0.25 + 0.10, 4), amrc.Score);
        Assert.Equal(["skill:robotics"], amrc.SkillIds);
        Assert.Contains("has Robotics (level 5)", amrc.Reasons);
        Assert.Contains("same region: South Yorkshire", amrc.Reasons);
        var beta = matches[1];
        // beta: ML 4/5 = 0.8, robotics through ML 0.8 x 0.5 x 0.6 = 0.24 -> coverage 0.52; bordering ITL1; partner of partner.
        Assert.Equal(Math.Round((0.55 * 0.52) + (0.25 * 0.4) + (0.10 * 0.5) + 0.10, 4), beta.Score);
        Assert.Contains("neighbouring region: North West", beta.Reasons);
        Assert.Contains("worked with your partner Henry Royce Institute on Materials data", beta.Reasons);
        Assert.DoesNotContain(matches, m => m.OrganisationId == "firm:acme");
    }

    [Fact]
    public void Partners_BySkillsNearARegion_ShouldPutTheLocalHolderFirst()
    {
        var matches = new PartnerMatcher(_options).Suggest(_graph, new PartnerRequest(null, ["skill:robotics"], "region:TLE", 10));

        Assert.Equal("lab:amrc", matches[0].OrganisationId);
        Assert.Equal("firm:acme", matches[1].OrganisationId);
        Assert.All(matches.Take(2), m => Assert.Contains("in Yorkshire and The Humber (South Yorkshire)", m.Reasons));
    }

    [Theory]
    [InlineData("firm:nobody", null, true)]
    [InlineData(null, "region:nowhere", true)]
    [InlineData(null, null, false)]
    public void Partners_BadRequest_ShouldSayWhatIsWrong(string? organisation, string? region, bool notFound)
    {
        var error = Assert.Throws<AnalyticsInputException>(() => new PartnerMatcher(_options).Suggest(_graph, new PartnerRequest(organisation, [], region, 10)));

        Assert.Equal(notFound, error.NotFound);
    }

    [Fact]
    public void Solvers_ForABottleneck_ShouldLeaveOutWhoFacesItAndCountCoveredSkills()
    {
        var matches = new BottleneckSolver(_options).Solve(_graph, "bottleneck:b1", 10);

        Assert.DoesNotContain(matches, m => m.OrganisationId == "firm:acme");
        Assert.Equal("lab:amrc", matches[0].OrganisationId);
        Assert.Equal("covers 1 of the 2 skills it requires", matches[0].Reasons[0]);
        Assert.Equal(["skill:ml"], matches.Single(m => m.OrganisationId == "firm:beta").SkillIds);
    }

    [Fact]
    public async Task SimilarProjects_ForABottleneck_ShouldFindProjectsOnSameCategoryBottlenecksElsewhere()
    {
        await _fixture.Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                new GraphNode("bottleneck:b2", "Bottleneck", PropertyMap.From(("title", "ML hiring"), ("category", "skills"))),
                new GraphNode("bottleneck:b3", "Bottleneck", PropertyMap.From(("title", "Same place"), ("category", "skills"))),
                new GraphNode("bottleneck:b4", "Bottleneck", PropertyMap.From(("title", "Other kind"), ("category", "finance"))),
            ],
            Relationships =
            [
                SampleGraph.Rel("bottleneck:b2", "LOCATED_IN", "region:TLD3"),
                SampleGraph.Rel("bottleneck:b2", "REQUIRES", "skill:ml"),
                SampleGraph.Rel("project:p2", "ADDRESSES", "bottleneck:b2"),
                SampleGraph.Rel("bottleneck:b3", "LOCATED_IN", "region:TLE3"),
                SampleGraph.Rel("bottleneck:b3", "REQUIRES", "skill:ml"),
                SampleGraph.Rel("project:p1", "ADDRESSES", "bottleneck:b3"),
                SampleGraph.Rel("bottleneck:b4", "LOCATED_IN", "region:TLD3"),
                SampleGraph.Rel("bottleneck:b4", "REQUIRES", "skill:robotics"),
                SampleGraph.Rel("project:p1", "ADDRESSES", "bottleneck:b4"),
            ],
        });
        var graph = await GraphSnapshotBuilder.BuildAsync(_fixture.Store);

        var similar = SimilarProjects.For(graph, "bottleneck:b1", 5);

        var only = Assert.Single(similar);
        // b1 requires ML and robotics, b2 ML only: 1 shared of 2. b3 is in b1's own region, b4 another category
        // (and its title shares no word with b1's). b2's title shares "ML" with b1's.
        Assert.Equal(("project:p2", "bottleneck:b2", 0.5), (only.ProjectId, only.BottleneckId, only.SkillSimilarity));
        Assert.InRange(only.TextSimilarity, 0.01, 0.99);
        Assert.Equal(Math.Round((0.6 * 0.5) + (0.4 * only.TextSimilarity), 4), only.Similarity);
        Assert.Equal(["skill:ml"], only.SharedSkillIds);
    }

    [Fact]
    public void Path_ThroughPartnersProjects_ShouldBeTheShortestChain()
    {
        var path = ConnectionPathFinder.Find(_graph, "firm:acme", "firm:beta", 4);

        Assert.NotNull(path);
        Assert.Equal(["firm:acme", "project:p1", "lab:royce", "project:p2", "firm:beta"], path.NodeIds);
        Assert.Equal(new PathStep("lab:royce", "PARTICIPATES_IN", "project:p1"), path.Steps[1]);
        Assert.Null(ConnectionPathFinder.Find(_graph, "firm:acme", "firm:beta", 3));
    }

    [Fact]
    public void Path_WhenASkillAndARegionAreShared_ShouldPreferTheSkill()
    {
        var path = ConnectionPathFinder.Find(_graph, "firm:acme", "lab:amrc", 4);

        Assert.Equal(2, path!.Length);
        Assert.Equal(["firm:acme", "skill:robotics", "lab:amrc"], path.NodeIds);
    }

    [Theory]
    [InlineData("firm:acme", "funder:none", 4)]
    [InlineData("firm:acme", "lab:amrc", 9)]
    [InlineData("skill:ml", "lab:amrc", 4)]
    public void Path_BadRequest_ShouldBeRefused(string from, string to, int maxLength) =>
        Assert.Throws<AnalyticsInputException>(() => ConnectionPathFinder.Find(_graph, from, to, maxLength));

    [Fact]
    public async Task Snapshot_AfterAWrite_ShouldBeRebuiltByTheCache()
    {
        using var cache = new SnapshotCache(_fixture.Store, _options);
        var before = await cache.GetAsync();
        await _fixture.Store.WriteAsync(new GraphBatch { Nodes = [SampleGraph.Firm("gamma", "Gamma ML", "J", "small")], Relationships = [SampleGraph.Rel("firm:gamma", "HAS_SKILL", "skill:ml", ("level", 5))] });

        var after = await cache.RefreshAsync();

        Assert.True(after.Sequence > before.Sequence);
        Assert.Null(before.IndexOf("firm:gamma"));
        Assert.Contains(new PartnerMatcher(_options).Suggest(after, new PartnerRequest(null, ["skill:ml"], null, 10)), m => m.OrganisationId == "firm:gamma");
    }
}
