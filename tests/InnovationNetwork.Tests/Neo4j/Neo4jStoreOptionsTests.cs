using InnovationNetwork.Graph.Neo4j;

namespace InnovationNetwork.Tests.Neo4j;

public sealed class Neo4jStoreOptionsTests
{
    private static IReadOnlyList<string> Problems(Neo4jStoreOptions options) => options.Problems();

    [Fact]
    public void Validate_CompleteBasicSettings_ShouldPass() =>
        Assert.Empty(Problems(new() { Uri = "http://localhost:7474", User = "neo4j", Password = "s3cret-pass" }));

    [Theory]
    [InlineData("bolt://localhost:7687", "bolt:// and neo4j:// are not spoken here")]
    [InlineData("localhost:7474", "must be an absolute http:// or https:// address")]
    [InlineData(null, "Neo4j:Uri is required")]
    public void Validate_BadUri_ShouldSayWhatIsWrong(string? uri, string expected) =>
        Assert.Contains(Problems(new() { Uri = uri, User = "neo4j", Password = "s3cret-pass" }), p => p.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Validate_NoCredentials_ShouldNameBothWays() =>
        Assert.Contains(Problems(new() { Uri = "http://localhost:7474" }), p => p.Contains("Neo4j:User and Neo4j:Password (or Neo4j:Token", StringComparison.Ordinal));

    [Fact]
    public void Validate_TokenAndPassword_ShouldBeRefused() =>
        Assert.Contains(Problems(new() { Uri = "https://x.databases.neo4j.io", User = "neo4j", Password = "p", Token = "t" }), p => p.Contains("not both", StringComparison.Ordinal));

    [Fact]
    public void Validate_DatabaseNameWithAPath_ShouldBeRefused() =>
        Assert.Contains(Problems(new() { Uri = "http://localhost:7474", User = "neo4j", Password = "p", Database = "neo4j/../x" }), p => p.Contains("Neo4j:Database", StringComparison.Ordinal));
}
