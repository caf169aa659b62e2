using System.Text.Json;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>Bad queries get a clear error with a stable code, never a crash or a stack trace.</summary>
public sealed class QueryErrorTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string, string> BadQueries => new()
    {
        { "{ labs { nodes { name } ", "GRAPHQL_PARSE_FAILED", "" },
        { "{ labs { nodes { colour } } }", "GRAPHQL_VALIDATION_FAILED", "colour" },
        { "{ labs(first: -1) { totalCount } }", "BAD_USER_INPUT", "'first' must be between 0 and 100" },
        { "{ labs(first: 100000) { totalCount } }", "BAD_USER_INPUT", "'first' must be between 0 and 100" },
        { """{ labs(after: "not-a-cursor") { totalCount } }""", "BAD_USER_INPUT", "'after'" },
        { """{ firms(after: "WyJMYWI6bmFtZTphc2MiLDAsIngiLCJsYWI6eCJd") { totalCount } }""", "BAD_USER_INPUT", "issued for ordering 'Lab:name:asc'" },
        { """{ labs(where: { region: "region:atlantis" }) { totalCount } }""", "NOT_FOUND", "region:atlantis" },
        { """{ labs(where: { kind: [CASTLE] }) { totalCount } }""", "GRAPHQL_VALIDATION_FAILED", "CASTLE" },
        { """{ labs(orderBy: [{ field: NAME }, { field: FOUNDED }]) { totalCount } }""", "BAD_USER_INPUT", "one sort key" },
        { "{ a: __typename b: __typename c: __typename d: __typename e: __typename f: __typename g: __typename h: __typename i: __typename j: __typename k: __typename l: __typename m: __typename n: __typename o: __typename p: __typename q: __typename r: __typename s: __typename t: __typename u: __typename v: __typename w: __typename x: __typename y: __typename z: __typename aa: __typename ab: __typename ac: __typename ad: __typename ae: __typename af: __typename }", "QUERY_TOO_COMPLEX", "aliases" },
        { "{ skills { nodes { related { skill { related { skill { related { skill { related { skill { related { skill { related { skill { related { skill { related { skill { name } } } } } } } } } } } } } } } } } } }", "QUERY_TOO_COMPLEX", "depth" },
        { "{ skills(first: 100) { nodes { holders { organisation { skills { skill { holders { organisation { skills { skill { name } } } } } } } } } } }", "QUERY_TOO_COMPLEX", "too complex" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadQuery_ShouldGetAClearErrorWithItsCode(string query, string code, string mentions)
    {
        var result = await fixture.Factory.ExecuteAsync(query);

        var errors = result.GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains(mentions, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntrospectionQuery_AsGraphiQLSendsIt_ShouldBeAllowed()
    {
        var result = await fixture.Factory.ExecuteAsync(StandardIntrospectionQuery.Text);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(result.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 40);
    }

    [Fact]
    public async Task WrongVariableType_ShouldBeBadUserInput()
    {
        var result = await fixture.Factory.ExecuteAsync("query($n: Int) { labs(first: $n) { totalCount } }", new { n = "many" });

        Assert.Equal("BAD_USER_INPUT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task SameQueryTwice_ShouldGiveTheSameAnswer()
    {
        const string Query = """{ regions(where: { level: [ITL1] }, orderBy: [{ field: NAME }]) { nodes { name } } }""";

        var first = await fixture.Factory.ExecuteAsync(Query);
        var second = await fixture.Factory.ExecuteAsync(Query);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(12, first.GetProperty("data").GetProperty("regions").GetProperty("nodes").GetArrayLength());
    }
}
