using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Schema;

/// <summary>The committed docs and Neo4j scripts are exactly what the schema renders: code and docs cannot drift.</summary>
public sealed class SchemaDocumentationTests
{
    private const string Fix = "run `dotnet run --project services/InnovationNetwork.Cli -- schema docs` and commit the result";

    [Fact]
    public void Readme_Committed_ShouldMatchTheSchema()
    {
        var committed = File.ReadAllText(RepositoryPaths.Of("graph-schema", "README.md"));

        Assert.True(committed == SchemaDocumentation.RenderMarkdown(GraphSchema.Default), $"graph-schema/README.md is stale: {Fix}.");
    }

    [Fact]
    public void Neo4jScripts_Committed_ShouldMatchTheSchema()
    {
        foreach (var (name, text) in Neo4jSchemaScript.Render(GraphSchema.Default))
        {
            var committed = File.ReadAllText(RepositoryPaths.Of("graph-schema", "neo4j", name));
            Assert.True(committed == text, $"graph-schema/neo4j/{name} is stale: {Fix}.");
        }
    }

    [Fact]
    public void EmbeddedSchema_ShouldBeTheCommittedFile()
    {
        using var file = File.OpenRead(RepositoryPaths.Of("graph-schema", "schema.json"));
        var committed = GraphSchema.Load(file);

        Assert.Equal(committed.Labels.Select(l => l.Name), GraphSchema.Default.Labels.Select(l => l.Name));
        Assert.Equal(committed.RelationshipTypes.Count, GraphSchema.Default.RelationshipTypes.Count);
    }

    [Fact]
    public void Schema_ShouldHoldTheDesignModel()
    {
        var schema = GraphSchema.Default;

        Assert.Equal(["Region", "Lab", "Firm", "Funder", "Skill", "Bottleneck", "Project"], schema.Labels.Select(l => l.Name));
        Assert.Equal(11, schema.GetLabel("Bottleneck").FindProperty("category")!.AllowedValues!.Count);
        Assert.False(schema.GetRelationshipType("BORDERS").Directed);
        Assert.False(schema.GetRelationshipType("RELATED_TO").Directed);
        Assert.Equal(["Lab", "Firm"], schema.GetRelationshipType("HAS_SKILL").From);
        Assert.True(schema.GetRelationshipType("HAS_SKILL").FindProperty("level")!.Required);
    }
}
