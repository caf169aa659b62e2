using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>Gap and profile figures on <see cref="EcosystemGapGraph"/>, each computed by hand (Σ severity, priority or level over 5).</summary>
public sealed class EcosystemGapTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();
    private GraphSnapshot _graph = null!;

    public async Task InitializeAsync() => _graph = await EcosystemGapGraph.BuildAsync(_fixture);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public void Gaps_InItl1Region_ShouldSumItsSubRegionsOnceEachAndOrderByGap()
    {
        var gaps = EcosystemGaps.Find(_graph, "region:TLE", 20);

        // cv: bottlenecks 1 (5/5) and 2 (3/5, in progress) + firm b's need (4/5); nobody holds it.
        // robotics: bottleneck 1 (5/5) + firm c's need (2/5) against lab a's level 5. ml: held at 2 and 3, the resolved bottleneck 3 ignored.
        Assert.Equal(["skill:cv", "skill:robotics", "skill:ml"], gaps.Select(g => g.SkillId));
        Assert.Equal(new GapFigures(2.4, 0, 2.4), gaps[0].Figures);
        Assert.Equal(new GapFigures(1.4, 1, 0.4), gaps[1].Figures);
        Assert.Equal(new GapFigures(0, 1, -1), gaps[2].Figures);
        Assert.All(gaps, g => Assert.Equal("region:TLE", g.RegionId));
    }

    [Fact]
    public void Gaps_InSubRegionAndAuthority_ShouldCountOnlyWhatIsInside()
    {
        var itl2 = EcosystemGaps.Find(_graph, "region:TLE3", 20);
        var authority = EcosystemGaps.Find(_graph, "region:SYMCA", 20);

        Assert.Equal(["skill:cv", "skill:robotics", "skill:ml"], itl2.Select(g => g.SkillId));
        Assert.Equal([new GapFigures(1, 0, 1), new GapFigures(1.4, 1, 0.4), new GapFigures(0, 0.4, -0.4)], itl2.Select(g => g.Figures));
        Assert.Equal(itl2.Select(g => g.Figures), authority.Select(g => g.Figures));
    }

    [Fact]
    public void Gaps_First_ShouldKeepTheLargestGaps()
    {
        var gaps = EcosystemGaps.Find(_graph, "region:TLE", 1);

        Assert.Equal("skill:cv", Assert.Single(gaps).SkillId);
    }

    [Fact]
    public void Gaps_Nationally_ShouldGiveOneEntryPerItl1RegionAndSkillByGap()
    {
        var gaps = EcosystemGaps.Find(_graph, null, 200);

        Assert.Equal(
            [("region:TLE", "skill:cv", 2.4), ("region:TLI", "skill:ml", 1), ("region:TLE", "skill:robotics", 0.4),
             ("region:TLI", "skill:cv", -0.2), ("region:TLD", "skill:cv", -0.8), ("region:TLE", "skill:ml", -1)],
            gaps.Select(g => (g.RegionId, g.SkillId, g.Figures.Gap)));
    }

    [Fact]
    public void Gaps_Comparisons_ShouldAverageOverItl1RegionsAndTotalTheGoldenTriangle()
    {
        var cv = EcosystemGaps.Find(_graph, "region:TLE", 20)[0];

        // Demand: TLE 2.4 + TLI 0.8 + TLD 0 over 3 regions; supply: 0 + 1.0 + 0.8 over 3.
        Assert.Equal(new GapFigures(1.0667, 0.6, 0.4667), cv.NationalAverage);
        Assert.Equal(new GapFigures(0.8, 1, -0.2), cv.GoldenTriangle);
    }

    [Fact]
    public void Gaps_UnknownRegion_ShouldBeNotFound()
    {
        var error = Assert.Throws<AnalyticsInputException>(() => EcosystemGaps.Find(_graph, "region:nowhere", 20));

        Assert.True(error.NotFound);
    }

    [Fact]
    public void Gaps_IdOfAnotherKind_ShouldBeBadInputNamingTheArgument()
    {
        var error = Assert.Throws<AnalyticsInputException>(() => RegionProfiler.Profile(_graph, "skill:cv"));

        Assert.False(error.NotFound);
        Assert.Contains("'region'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_Counts_ShouldIncludeEverythingInsideOnce()
    {
        var profile = RegionProfiler.Profile(_graph, "region:TLE");

        Assert.Equal(new RegionCounts(Labs: 1, Firms: 2, Funders: 1, Bottlenecks: 3, OpenBottlenecks: 2, Projects: 2, SubRegions: 3), profile.Counts);
        Assert.Equal([new CategoryCount("finance", 1), new CategoryCount("skills", 1)], profile.OpenBottlenecksByCategory);
        Assert.Equal(["skill:ml", "skill:robotics"], profile.TopSupplied.Select(g => g.SkillId));
        Assert.Equal(["skill:cv", "skill:robotics"], profile.TopDemanded.Select(g => g.SkillId));
    }

    [Fact]
    public void Profile_CollaborationAndFunding_ShouldFollowParticipants()
    {
        var region = RegionProfiler.Profile(_graph, "region:TLE");
        var itl2 = RegionProfiler.Profile(_graph, "region:TLE3");

        // Project 1 is all Yorkshire; project 2 has a London partner; project 3 has no Yorkshire participant.
        Assert.Equal(new Collaboration(Projects: 2, InsideOnly: 1, WithOutsidePartners: 1, InsideShare: 0.5, OutsideShare: 0.5), region.Collaboration);
        Assert.Equal([new FundingByKind("public", 250000, 1), new FundingByKind("combined_authority", 150000, 2)], region.Funding);
        Assert.Equal(new Collaboration(1, 1, 0, 1, 0), itl2.Collaboration);
        Assert.Equal([new FundingByKind("combined_authority", 100000, 1)], itl2.Funding);
    }

    [Fact]
    public void Profile_Readiness_ShouldShowEachComponentAgainstTheBestItl1Region()
    {
        var readiness = RegionProfiler.Profile(_graph, "region:TLE").Readiness;

        // Skills depth: (5+2+3)/5 over 3 organisations = 0.6667, best ITL1 is London (1.0).
        // Demand met: min per skill (cv 0, robotics 5, ml 0) over demand 12+7 fifths = 5/19.
        // Labs per organisation: 1/3, best ITL1 is the North West (1 of 1). Openness: 1 of 2 projects.
        Assert.Equal(
            [("skillsDepth", 0.6667, 0.6667, 16.67), ("demandMet", 0.2632, 0.2632, 6.58),
             ("researchInfrastructure", 0.3333, 0.3333, 8.33), ("collaborationOpenness", 0.5, 0.5, 12.5)],
            readiness.Components.Select(c => (c.Name, c.Value, c.Score, c.Points)));
        Assert.All(readiness.Components, c => Assert.Equal(0.25, c.Weight));
        Assert.Equal(44.1, readiness.Index);
    }

    [Fact]
    public void Profile_Nation_ShouldCountEveryRegionAndEntityInside()
    {
        var nation = RegionProfiler.Profile(_graph, "region:UK");

        Assert.Equal(new RegionCounts(Labs: 2, Firms: 3, Funders: 2, Bottlenecks: 4, OpenBottlenecks: 3, Projects: 3, SubRegions: 6), nation.Counts);
        Assert.Equal(0, RegionProfiler.Profile(_graph, "region:TLE4").Counts.SubRegions);
        Assert.InRange(nation.Readiness.Index, 0, 100);
    }
}
