using System.Text.Json;
using InnovationNetwork.Analytics;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>partnerSuggestions and bottleneckSolvers over the seed, through GraphQL.</summary>
public sealed class MatchmakingQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PartnerSuggestions_ForASeedFirm_ShouldRankOthersWithReasons()
    {
        var firm = ReadQueryTests.Data(await fixture.Factory.ExecuteAsync("""{ firms(first: 1, where: { region: "region:TLE3" }) { nodes { id } } }"""))
            .GetProperty("firms").GetProperty("nodes")[0].GetProperty("id").GetString();

        var result = await fixture.Factory.ExecuteAsync(
            "query($o: ID) { partnerSuggestions(organisation: $o, first: 10) { score reasons matchedSkills { id } organisation { id name region { name } } } }", new { o = firm });

        var matches = ReadQueryTests.Data(result).GetProperty("partnerSuggestions").EnumerateArray().ToList();
        Assert.Equal(10, matches.Count);
        Assert.DoesNotContain(matches, m => m.GetProperty("organisation").GetProperty("id").GetString() == firm);
        var scores = matches.Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(matches, m => Assert.True(m.GetProperty("reasons").GetArrayLength() >= 2));
    }

    [Fact]
    public async Task PartnerSuggestions_BySkill_ShouldReturnHoldersOfIt()
    {
        var result = await fixture.Factory.ExecuteAsync("""{ partnerSuggestions(skills: ["skill:robotics-and-automation"], region: "region:TLE3", first: 5) { matchedSkills { id } reasons } }""");

        var matches = ReadQueryTests.Data(result).GetProperty("partnerSuggestions").EnumerateArray().ToList();
        Assert.NotEmpty(matches);
        Assert.Contains(matches[0].GetProperty("matchedSkills").EnumerateArray(), s => s.GetProperty("id").GetString() == "skill:robotics-and-automation");
    }

    [Fact]
    public async Task BottleneckSolvers_ForASeedBottleneck_ShouldLeaveOutTheFacersAndCoverRequiredSkills()
    {
        var bottleneck = ReadQueryTests.Data(await fixture.Factory.ExecuteAsync(
                """{ bottlenecks(first: 1, where: { status: [OPEN] }) { nodes { id requiredSkills { id } facedBy { id } } } }"""))
            .GetProperty("bottlenecks").GetProperty("nodes")[0];
        var required = bottleneck.GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        var facers = bottleneck.GetProperty("facedBy").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();

        var result = await fixture.Factory.ExecuteAsync("query($b: ID!) { bottleneckSolvers(bottleneck: $b, first: 10) { score coveredSkills { id } organisation { id } reasons } }",
            new { b = bottleneck.GetProperty("id").GetString() });

        var solvers = ReadQueryTests.Data(result).GetProperty("bottleneckSolvers").EnumerateArray().ToList();
        Assert.NotEmpty(solvers);
        Assert.All(solvers, s => Assert.DoesNotContain(s.GetProperty("organisation").GetProperty("id").GetString(), facers));
        Assert.All(solvers, s => Assert.All(s.GetProperty("coveredSkills").EnumerateArray(), c => Assert.Contains(c.GetProperty("id").GetString(), required)));
        Assert.StartsWith("covers ", solvers[0].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimilarProjects_OnSeedBottlenecks_ShouldShareSkillsAndCategoryOrReadAlike()
    {
        var result = await fixture.Factory.ExecuteAsync("""
            { bottlenecks(first: 100) { nodes { id category region { id } similarProjects(first: 3) { similarity skillSimilarity textSimilarity sharedSkills { id } similarBottleneck { category region { id } } project { title } } } } }
            """);

        var bottlenecks = ReadQueryTests.Data(result).GetProperty("bottlenecks").GetProperty("nodes").EnumerateArray().ToList();
        var withSimilar = bottlenecks.Where(b => b.GetProperty("similarProjects").GetArrayLength() > 0).ToList();
        Assert.NotEmpty(withSimilar);
        Assert.Contains(withSimilar, b => b.GetProperty("similarProjects")[0].GetProperty("skillSimilarity").GetDouble() > 0);
        Assert.All(withSimilar, b => Assert.All(b.GetProperty("similarProjects").EnumerateArray(), s =>
        {
            Assert.NotEqual(b.GetProperty("region").GetProperty("id").GetString(), s.GetProperty("similarBottleneck").GetProperty("region").GetProperty("id").GetString());
            var sameCategory = b.GetProperty("category").GetString() == s.GetProperty("similarBottleneck").GetProperty("category").GetString();
            var bySkills = sameCategory && s.GetProperty("sharedSkills").GetArrayLength() > 0 && s.GetProperty("skillSimilarity").GetDouble() > 0;
            Assert.True(bySkills || s.GetProperty("textSimilarity").GetDouble() >= new AnalyticsOptions().SimilarProjects.MinTextSimilarity);
        }));
    }

    [Fact]
    public async Task ConnectionPath_BetweenTwoSeedLabs_ShouldChainTheirRelationships()
    {
        var result = await fixture.Factory.ExecuteAsync("""
            { connectionPath(from: "lab:amrc", to: "lab:henry-royce-institute", maxLength: 4) { length nodes { id __typename } relationships { type start { id } end { id } } } }
            """);

        var path = ReadQueryTests.Data(result).GetProperty("connectionPath");
        var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal("lab:amrc", nodes[0]);
        Assert.Equal("lab:henry-royce-institute", nodes[^1]);
        Assert.Equal(path.GetProperty("length").GetInt32(), path.GetProperty("relationships").GetArrayLength());
        Assert.Equal(nodes.Count - 1, path.GetProperty("length").GetInt32());
    }

    [Theory]
    [InlineData("""{ connectionPath(from: "lab:amrc", to: "lab:nobody") { length } }""", "NOT_FOUND")]
    [InlineData("""{ connectionPath(from: "lab:amrc", to: "lab:amrc", maxLength: 0) { length } }""", "BAD_USER_INPUT")]
    [InlineData("""{ partnerSuggestions { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ partnerSuggestions(organisation: "firm:nobody") { score } }""", "NOT_FOUND")]
    [InlineData("""{ partnerSuggestions(skills: ["skill:nothing"]) { score } }""", "NOT_FOUND")]
    [InlineData("""{ partnerSuggestions(skills: ["skill:robotics-and-automation"], first: 500) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ bottleneckSolvers(bottleneck: "lab:amrc") { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ bottleneckSolvers(bottleneck: "bottleneck:nothing") { score } }""", "NOT_FOUND")]
    public async Task BadArguments_ShouldGetCodedErrors(string query, string code)
    {
        var result = await fixture.Factory.ExecuteAsync(query);

        Assert.Equal(code, ReadQueryTests.ErrorCode(result));
        Assert.NotEqual(JsonValueKind.Undefined, result.GetProperty("errors")[0].GetProperty("message").ValueKind);
    }
}
