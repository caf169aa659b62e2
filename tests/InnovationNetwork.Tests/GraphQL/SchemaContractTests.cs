using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using InnovationNetwork.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Tests.GraphQL;

/// <summary>
/// The live schema is the committed graph-schema/schema.graphql, every type and field is described, and the
/// names the DESIGN.md contract promises exist. To approve a deliberate change, run the tests once with
/// INNOVATIONNETWORK_APPROVE_SCHEMA=1, review the diff of schema.graphql and commit it.
/// </summary>
public sealed class SchemaContractTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private ISchema Schema
    {
        get
        {
            var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void Sdl_ShouldMatchTheCommittedSchemaFile()
    {
        var printed = Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
        var path = RepositoryPaths.Of("graph-schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("INNOVATIONNETWORK_APPROVE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(committed == printed,
            "The live GraphQL schema differs from graph-schema/schema.graphql. If the change is deliberate, run the tests with " +
            "INNOVATIONNETWORK_APPROVE_SCHEMA=1, review the diff and commit it.");
    }

    [Fact]
    public void EveryTypeFieldAndArgument_ShouldHaveADescription()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Query", "node regions labs firms funders skills bottlenecks projects")]
    [InlineData("Organisation", "id name region skills")]
    [InlineData("LabConnection", "edges nodes pageInfo totalCount")]
    [InlineData("Lab", "id name skills region projects")]
    [InlineData("Region", "subRegions organisations")]
    [InlineData("Skill", "labs")]
    [InlineData("Firm", "bottlenecks")]
    [InlineData("Bottleneck", "requiredSkills")]
    [InlineData("Project", "participants")]
    [InlineData("Funder", "projects")]
    public void ContractFields_ShouldExist(string type, string fields)
    {
        var complex = Assert.IsAssignableFrom<IComplexGraphType>(Schema.AllTypes[type]);

        Assert.All(fields.Split(' '), f => Assert.NotNull(complex.GetField(f)));
    }

    private static bool IsBuiltInScalar(IGraphType type) => type is ScalarGraphType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}

/// <summary>One seeded web host shared by a test class.</summary>
public sealed class ApiFixture : IDisposable
{
    public ApiFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
