using System.Text.Json;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>The read side of the contract over the seed: look-ups, filters, ordering, paging and nesting.</summary>
public sealed class ReadQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Task<JsonElement> Run(string query, object? variables = null) => fixture.Factory.ExecuteAsync(query, variables);

    [Fact]
    public async Task Node_Lab_ShouldResolveItsConcreteTypeAndNestedFields()
    {
        var result = await Run("""{ node(id: "lab:amrc") { __typename id ... on Lab { name kind region { name } skills { level skill { name } } } } }""");

        var node = Data(result).GetProperty("node");
        Assert.Equal("Lab", node.GetProperty("__typename").GetString());
        Assert.Equal("CATAPULT", node.GetProperty("kind").GetString());
        Assert.Equal("South Yorkshire", node.GetProperty("region").GetProperty("name").GetString());
        Assert.True(node.GetProperty("skills").GetArrayLength() >= 3);
        Assert.All(node.GetProperty("skills").EnumerateArray(), s => Assert.InRange(s.GetProperty("level").GetInt32(), 1, 5));
    }

    [Fact]
    public async Task Node_UnknownId_ShouldBeNullWithNotFound()
    {
        var result = await Run("""{ node(id: "lab:nowhere") { id } }""");

        Assert.Equal(JsonValueKind.Null, Data(result).GetProperty("node").ValueKind);
        Assert.Equal("NOT_FOUND", ErrorCode(result));
    }

    [Fact]
    public async Task Labs_InAnItl1Region_ShouldIncludeThoseInItsSubRegions()
    {
        var result = await Run("""{ labs(where: { region: "region:TLE" }, first: 100) { totalCount nodes { id region { parents { id } } } } }""");

        var labs = Data(result).GetProperty("labs");
        Assert.True(labs.GetProperty("totalCount").GetInt32() >= 2);
        Assert.Contains(labs.GetProperty("nodes").EnumerateArray(), l => l.GetProperty("id").GetString() == "lab:amrc");
        Assert.All(labs.GetProperty("nodes").EnumerateArray(),
            l => Assert.Contains(l.GetProperty("region").GetProperty("parents").EnumerateArray(), p => p.GetProperty("id").GetString() == "region:TLE"));
    }

    [Fact]
    public async Task Bottlenecks_ByCategoryAndSeverity_ShouldMatchEveryCondition()
    {
        var result = await Run("""{ bottlenecks(where: { category: [SKILLS, FINANCE], minSeverity: 4, status: [OPEN] }, first: 100) { totalCount nodes { category severity status } } }""");

        var nodes = Data(result).GetProperty("bottlenecks").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, b =>
        {
            Assert.True(b.GetProperty("category").GetString() is "SKILLS" or "FINANCE");
            Assert.True(b.GetProperty("severity").GetInt32() >= 4);
            Assert.Equal("OPEN", b.GetProperty("status").GetString());
        });
    }

    [Fact]
    public async Task Firms_WithASkill_ShouldAllHoldIt()
    {
        var skill = Data(await Run("""{ skills(first: 1, where: { nameContains: "robot" }) { nodes { id } } }""")).GetProperty("skills").GetProperty("nodes")[0].GetProperty("id").GetString();

        var result = await Run("query($s: ID!) { firms(where: { skills: [$s] }, first: 50) { totalCount nodes { synthetic skills { skill { id } } } } }", new { s = skill });

        var firms = Data(result).GetProperty("firms").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(firms);
        Assert.All(firms, f => Assert.Contains(f.GetProperty("skills").EnumerateArray(), s => s.GetProperty("skill").GetProperty("id").GetString() == skill));
        Assert.All(firms, f => Assert.True(f.GetProperty("synthetic").GetBoolean()));
    }

    [Fact]
    public async Task Labs_OrderedByNameDescending_ShouldBeSorted()
    {
        var result = await Run("""{ labs(orderBy: [{ field: NAME, direction: DESC }], first: 30) { nodes { name } } }""");

        var names = Data(result).GetProperty("labs").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Paging_ThroughAllFunders_ShouldVisitEachOnceAndEndOnTheLastPage()
    {
        var seen = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            page = Data(await Run("query($a: String) { funders(first: 7, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }", new { a = after })).GetProperty("funders");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal(page.GetProperty("totalCount").GetInt32(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task TotalCount_UnderAnAlias_ShouldStillBeCounted()
    {
        var result = await Run("""{ regions(where: { level: [ITL1] }, first: 1) { count: totalCount } }""");

        Assert.Equal(12, Data(result).GetProperty("regions").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Paging_AfterTheLastCursor_ShouldReturnAnEmptyPage()
    {
        var all = Data(await Run("""{ regions(first: 100, where: { level: [ITL1] }) { pageInfo { endCursor } } }""")).GetProperty("regions");

        var result = await Run("query($a: String) { regions(first: 5, after: $a, where: { level: [ITL1] }) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
            new { a = all.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        var regions = Data(result).GetProperty("regions");
        Assert.Equal(0, regions.GetProperty("nodes").GetArrayLength());
        Assert.Equal(12, regions.GetProperty("totalCount").GetInt32());
        Assert.False(regions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(regions.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, regions.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Fact]
    public async Task Nesting_BothEndsOfRelationships_ShouldBeNavigable()
    {
        var result = await Run("""
            { projects(first: 5) { nodes { title participants { role organisation { name } project { title } } funding { amountGbp funder { name projects { project { title } } } } skills { name projects { title } } } }
              skills(first: 3) { nodes { labs { name } holders { level organisation { name } } neededBy { priority } related { weight skill { name } } bottlenecks { requiredSkills { name } } } }
              regions(where: { level: [ITL1] }, first: 2) { nodes { subRegions { name organisations { name } } borders { name } } } }
            """);

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var project = Data(result).GetProperty("projects").GetProperty("nodes")[0];
        Assert.Contains(project.GetProperty("participants").EnumerateArray(), p => p.GetProperty("role").GetString() == "LEAD");
        Assert.Equal(project.GetProperty("title").GetString(), project.GetProperty("participants")[0].GetProperty("project").GetProperty("title").GetString());
    }

    internal static JsonElement Data(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) && !result.TryGetProperty("data", out _)
            ? throw new InvalidOperationException(errors.ToString())
            : result.GetProperty("data");

    internal static string? ErrorCode(JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
