using System.Text.Json;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>search and suggest through GraphQL over the seed: what a newcomer types in GraphiQL.</summary>
public sealed class SearchQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Hits = "totalCount nodes { score highlights entity { id __typename } } pageInfo { hasNextPage hasPreviousPage endCursor }";

    private async Task<JsonElement> Run(string query, object? variables = null)
    {
        await fixture.Factory.WaitForSearchAsync();
        return await fixture.Factory.ExecuteAsync(query, variables);
    }

    private async Task<List<string>> SearchIds(string text, string? types = null)
    {
        var result = await Run($$"""query($q: String!) { search(query: $q{{(types is null ? "" : $", types: [{types}]")}}) { {{Hits}} } }""", new { q = text });
        return ReadQueryTests.Data(result).GetProperty("search").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("entity").GetProperty("id").GetString()!).ToList();
    }

    [Theory]
    [InlineData("Advanced Manufacturing Research Centre", null, "lab:amrc")]
    [InlineData("advanced manufacturing reserch center", null, "lab:amrc")] // misspelt
    [InlineData("machne lerning", "SKILL", "skill:machine-learning")] // misspelt
    [InlineData("HPC", "SKILL", "skill:high-performance-computing")] // an alias
    [InlineData("supercomputing", "SKILL", "skill:high-performance-computing")] // an alias, one word for a multi-word name
    [InlineData("AI", "SKILL", "skill:artificial-intelligence")] // a domain synonym and an alias
    [InlineData("\"cell and gene therapy\"", "SKILL", "skill:cell-and-gene-therapy")] // a quoted phrase
    public async Task Search_ShouldPutTheObviousEntityFirst(string text, string? types, string expected)
    {
        Assert.Equal(expected, (await SearchIds(text, types))[0]);
    }

    [Fact]
    public async Task Search_ShouldReturnHighlightsFacetsAndCursors()
    {
        var result = await Run($$"""{ search(query: "graphene composites", first: 3) { {{Hits}} facets { types { value count label } regions { value count label } } } }""");

        var search = ReadQueryTests.Data(result).GetProperty("search");
        var hits = search.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains(h.GetProperty("highlights").EnumerateArray(), s => s.GetString()!.Contains("<mark>", StringComparison.Ordinal)));
        var types = search.GetProperty("facets").GetProperty("types").EnumerateArray().ToList();
        Assert.Equal(search.GetProperty("totalCount").GetInt32(), types.Sum(t => t.GetProperty("count").GetInt32()));
        Assert.Contains(search.GetProperty("facets").GetProperty("regions").EnumerateArray(),
            r => r.GetProperty("value").GetString() == "region:TLD" && r.GetProperty("label").GetString() == "North West");
        Assert.True(search.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task TheTotal_ShouldBeCounted_WhenSelectedUnderAnAliasOrInAFragment_AndThePageNotChangeWithIt()
    {
        const string Fragment = "fragment Counted on SearchConnection { totalCount }";
        var aliased = ReadQueryTests.Data(await Run("""{ search(query: "robotics") { howMany: totalCount nodes { score entity { id } } } }""")).GetProperty("search");
        var fragment = ReadQueryTests.Data(await Run($$"""{ search(query: "robotics") { ...Counted } } {{Fragment}}""")).GetProperty("search");
        var inline = ReadQueryTests.Data(await Run("""{ search(query: "robotics") { ... on SearchConnection { totalCount } } }""")).GetProperty("search");
        var pageOnly = ReadQueryTests.Data(await Run("""{ search(query: "robotics") { nodes { score entity { id } } } }""")).GetProperty("search");

        var total = aliased.GetProperty("howMany").GetInt32();
        Assert.True(total > 10, $"{total} hits");
        Assert.Equal(total, fragment.GetProperty("totalCount").GetInt32());
        Assert.Equal(total, inline.GetProperty("totalCount").GetInt32());
        Assert.Equal(aliased.GetProperty("nodes").GetRawText(), pageOnly.GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Highlights_ShouldBeMade_WhereverTheyAreSelected_AndThePageNotChangeWithThem()
    {
        const string Fragment = "fragment Snippets on SearchHit { highlights }";
        var viaEdges = ReadQueryTests.Data(await Run("""{ search(query: "graphene composites", first: 3) { edges { node { score shown: highlights entity { id } } } } }""")).GetProperty("search");
        var viaFragment = ReadQueryTests.Data(await Run($$"""{ search(query: "graphene composites", first: 3) { nodes { score ...Snippets entity { id } } } } {{Fragment}}""")).GetProperty("search");
        var without = ReadQueryTests.Data(await Run("""{ search(query: "graphene composites", first: 3) { nodes { score entity { id } } } }""")).GetProperty("search");

        var edgeHits = viaEdges.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var fragmentHits = viaFragment.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, edgeHits.Count);
        Assert.All(edgeHits, h => Assert.Contains(h.GetProperty("shown").EnumerateArray(), s => s.GetString()!.Contains("<mark>", StringComparison.Ordinal)));
        Assert.All(fragmentHits, h => Assert.Contains(h.GetProperty("highlights").EnumerateArray(), s => s.GetString()!.Contains("<mark>", StringComparison.Ordinal)));
        static IEnumerable<(string?, double)> Page(IEnumerable<JsonElement> hits) =>
            hits.Select(h => (h.GetProperty("entity").GetProperty("id").GetString(), h.GetProperty("score").GetDouble()));
        Assert.Equal(Page(without.GetProperty("nodes").EnumerateArray()), Page(fragmentHits));
        Assert.Equal(Page(without.GetProperty("nodes").EnumerateArray()), Page(edgeHits));
    }

    [Fact]
    public async Task Search_NextPage_ShouldContinueWhereTheFirstEnded()
    {
        const string Query = """query($after: String) { search(query: "robotics", first: 5, after: $after) { edges { cursor node { entity { id } } } pageInfo { hasPreviousPage endCursor } } }""";
        var whole = await Run("""{ search(query: "robotics", first: 10) { nodes { entity { id } } } }""");
        var first = ReadQueryTests.Data(await Run(Query)).GetProperty("search");
        var second = ReadQueryTests.Data(await Run(Query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("search");

        var paged = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("entity").GetProperty("id").GetString());
        var expected = ReadQueryTests.Data(whole).GetProperty("search").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(expected, paged);
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Search_InARegion_ShouldKeepOnlyEntitiesWithinIt()
    {
        var result = await Run("""{ search(query: "robotics", region: "region:TLE", types: [LAB, FIRM], first: 50) { nodes { entity { ... on Organisation { region { id parents { id parents { id } } } } } } } }""");

        var regions = ReadQueryTests.Data(result).GetProperty("search").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("entity").GetProperty("region").ToString()).ToList();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.Contains("region:TLE", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_ShouldCompleteNames()
    {
        var result = await Run("""{ suggest(prefix: "advanced manuf", types: [LAB]) { text entity { id } } }""");

        var suggestions = ReadQueryTests.Data(result).GetProperty("suggest").EnumerateArray().ToList();
        Assert.Contains(suggestions, s => s.GetProperty("entity").GetProperty("id").GetString() == "lab:amrc");
        Assert.All(suggestions, s => Assert.StartsWith("lab:", s.GetProperty("entity").GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ search(query: "robotics", first: 51) { totalCount } }""", "BAD_USER_INPUT", "'first'")]
    [InlineData("""{ search(query: "robotics", region: "region:nowhere") { totalCount } }""", "NOT_FOUND", "'region'")]
    [InlineData("""{ search(query: "robotics", region: "skill:robotics-and-automation") { totalCount } }""", "BAD_USER_INPUT", "not a Region")]
    [InlineData("""{ search(query: "robotics", after: "bogus") { totalCount } }""", "BAD_USER_INPUT", "'after'")]
    [InlineData("""{ search(query: "robotics", types: [GADGET]) { totalCount } }""", "GRAPHQL_VALIDATION_FAILED", "GADGET")]
    [InlineData("""{ suggest(prefix: "rob", first: -1) { text } }""", "BAD_USER_INPUT", "'first'")]
    public async Task BadArguments_ShouldGiveCodedErrorsNamingTheArgument(string query, string code, string mentions)
    {
        var result = await Run(query);

        Assert.Equal(code, ReadQueryTests.ErrorCode(result));
        Assert.Contains(mentions, result.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenKilobytesOfText_ShouldBeRefusedAsBadInput_NotFail()
    {
        var result = await Run("query($q: String!) { search(query: $q) { totalCount } }", new { q = new string('x', 10_240) });

        Assert.Equal("BAD_USER_INPUT", ReadQueryTests.ErrorCode(result));
        Assert.Contains("'query'", result.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
