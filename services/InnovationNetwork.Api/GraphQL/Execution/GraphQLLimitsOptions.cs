using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.GraphQL.Execution;

/// <summary>How much work one request may ask for. Section <c>GraphQL:Limits</c>.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Deepest field nesting allowed. 15 admits the standard introspection query GraphiQL sends; complexity bounds the rest.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>GraphQL.NET's complexity estimate above which a query is refused before it runs.</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    [Range(1, 1000)]
    public int MaxAliases { get; set; } = 30;

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 10;
}
