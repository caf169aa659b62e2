using System.Text.Json;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>ecosystemGaps and regionProfile over the seed, whose deliberate gaps are listed in seed/README.md.</summary>
public sealed class EcosystemQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string GapFields = "skill { id name } demand supply gap region { id level } nationalAverage { demand supply gap } goldenTriangle { demand supply gap }";

    private Task<JsonElement> Run(string query, object? variables = null) => fixture.Factory.ExecuteAsync(query, variables);

    [Theory]
    [InlineData("region:TLC", "skill:computer-vision")]
    [InlineData("region:TLC", "skill:mlops")]
    [InlineData("region:TLL", "skill:cell-and-gene-therapy")]
    [InlineData("region:TLL", "skill:viral-vector-manufacturing")]
    [InlineData("region:TLN", "skill:robotics-and-automation")]
    [InlineData("region:TLF", "skill:photonics")]
    [InlineData("region:TLF", "skill:lasers")]
    public async Task EcosystemGaps_SeededGap_ShouldShowDemandWithNoLocalSupply(string region, string skill)
    {
        var result = await Run($$"""query($region: ID) { ecosystemGaps(region: $region, first: 200) { {{GapFields}} } }""", new { region });

        var gaps = ReadQueryTests.Data(result).GetProperty("ecosystemGaps").EnumerateArray().ToList();
        var gap = Assert.Single(gaps, g => g.GetProperty("skill").GetProperty("id").GetString() == skill);
        Assert.Equal(0, gap.GetProperty("supply").GetDouble());
        Assert.True(gap.GetProperty("demand").GetDouble() > 0);
        Assert.Equal(gap.GetProperty("demand").GetDouble(), gap.GetProperty("gap").GetDouble());
        Assert.Equal(region, gap.GetProperty("region").GetProperty("id").GetString());
        Assert.True(gap.GetProperty("nationalAverage").GetProperty("supply").GetDouble() > 0, "some other region supplies it");
        var ordered = gaps.Select(g => g.GetProperty("gap").GetDouble()).ToList();
        Assert.Equal(ordered.OrderByDescending(g => g), ordered);
    }

    [Fact]
    public async Task EcosystemGaps_Nationally_ShouldListItl1RegionsByGap()
    {
        var result = await Run($$"""{ ecosystemGaps(first: 200) { {{GapFields}} } }""");

        var gaps = ReadQueryTests.Data(result).GetProperty("ecosystemGaps").EnumerateArray().ToList();
        Assert.Equal(200, gaps.Count);
        Assert.All(gaps, g => Assert.Equal("ITL1", g.GetProperty("region").GetProperty("level").GetString()));
        Assert.True(gaps.Select(g => g.GetProperty("region").GetProperty("id").GetString()).Distinct().Count() > 3);
        var ordered = gaps.Select(g => g.GetProperty("gap").GetDouble()).ToList();
        Assert.Equal(ordered.OrderByDescending(g => g), ordered);
        Assert.True(ordered[0] > 0);
    }

    [Fact]
    public async Task EcosystemGaps_DefaultFirst_ShouldReturnTwenty()
    {
        var result = await Run("""{ ecosystemGaps { gap } }""");

        Assert.Equal(20, ReadQueryTests.Data(result).GetProperty("ecosystemGaps").GetArrayLength());
    }

    [Theory]
    [InlineData("""{ ecosystemGaps(region: "region:nowhere") { gap } }""", "NOT_FOUND")]
    [InlineData("""{ ecosystemGaps(region: "skill:photonics") { gap } }""", "BAD_USER_INPUT")]
    [InlineData("""{ ecosystemGaps(first: 201) { gap } }""", "BAD_USER_INPUT")]
    [InlineData("""{ ecosystemGaps(first: 0) { gap } }""", "BAD_USER_INPUT")]
    [InlineData("""{ regionProfile(region: "region:nowhere") { counts { labs } } }""", "NOT_FOUND")]
    public async Task Ecosystem_BadInput_ShouldGiveCodedError(string query, string code)
    {
        var result = await Run(query);

        Assert.Equal(code, ReadQueryTests.ErrorCode(result));
    }

    [Fact]
    public async Task RegionProfile_Yorkshire_ShouldFillEveryPart()
    {
        var result = await Run("""
            { regionProfile(region: "region:TLE") {
                region { id name }
                counts { labs firms funders bottlenecks openBottlenecks projects subRegions }
                topSuppliedSkills { skill { id } supply }
                topDemandedSkills { skill { id } demand }
                openBottlenecksByCategory { category count }
                collaboration { projects insideOnly withOutsidePartners insideShare outsideShare }
                funding { funderKind amountGbp projects }
                readiness { index components { name description value score weight points } } } }
            """);

        var profile = ReadQueryTests.Data(result).GetProperty("regionProfile");
        Assert.Equal("region:TLE", profile.GetProperty("region").GetProperty("id").GetString());
        var counts = profile.GetProperty("counts");
        foreach (var field in new[] { "labs", "firms", "bottlenecks", "openBottlenecks", "projects", "subRegions" })
        {
            Assert.True(counts.GetProperty(field).GetInt32() > 0, field);
        }

        Assert.Equal(10, profile.GetProperty("topSuppliedSkills").GetArrayLength());
        Assert.Equal(10, profile.GetProperty("topDemandedSkills").GetArrayLength());
        Assert.NotEmpty(profile.GetProperty("openBottlenecksByCategory").EnumerateArray());
        var collaboration = profile.GetProperty("collaboration");
        Assert.True(collaboration.GetProperty("projects").GetInt32() > 0);
        Assert.Equal(1, collaboration.GetProperty("insideShare").GetDouble() + collaboration.GetProperty("outsideShare").GetDouble(), 3);
        Assert.NotEmpty(profile.GetProperty("funding").EnumerateArray());
        var readiness = profile.GetProperty("readiness");
        Assert.InRange(readiness.GetProperty("index").GetDouble(), 0.1, 100);
        Assert.Equal(4, readiness.GetProperty("components").GetArrayLength());
        Assert.Equal(
            readiness.GetProperty("index").GetDouble(),
            readiness.GetProperty("components").EnumerateArray().Sum(c => c.GetProperty("points").GetDouble()),
            0.1);
    }
}
