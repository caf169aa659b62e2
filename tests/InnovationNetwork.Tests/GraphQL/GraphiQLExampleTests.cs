using System.Text.Json;
using System.Text.RegularExpressions;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>The example tabs GraphiQL opens with run without errors on the seed, with their own variables.</summary>
public sealed partial class GraphiQLExampleTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string Script = File.ReadAllText(RepositoryPaths.Of("services", "InnovationNetwork.Api", "GraphiQL", "graphiql-init.js"));

    [Theory]
    [InlineData("welcome", null)]
    [InlineData("search", "text")]
    [InlineData("labStaff", "lab")]
    [InlineData("sme", "bottleneck")]
    [InlineData("funder", "region")]
    public async Task ExampleTab_ShouldRunWithoutErrors(string name, string? variable)
    {
        var query = string.Join('\n', TabLines(name));
        var variables = variable is null ? null : new Dictionary<string, string> { [variable] = VariableValue(variable) };

        await fixture.Factory.WaitForSearchAsync();
        var result = await fixture.Factory.ExecuteAsync(query, variables);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Contains(result.GetProperty("data").EnumerateObject(), p => p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object);
    }

    private static IEnumerable<string> TabLines(string name)
    {
        var start = Script.IndexOf($"var {name} = [", StringComparison.Ordinal);
        var end = Script.IndexOf("].join", start, StringComparison.Ordinal);
        return QuotedLine().Matches(Script[start..end]).Select(m => m.Groups[1].Value.Replace("\\'", "'", StringComparison.Ordinal));
    }

    private static string VariableValue(string variable) =>
        Regex.Match(Script, variable + @": '([^']+)'").Groups[1].Value;

    [GeneratedRegex(@"^\s*'(.*)',?\s*$", RegexOptions.Multiline)]
    private static partial Regex QuotedLine();
}
