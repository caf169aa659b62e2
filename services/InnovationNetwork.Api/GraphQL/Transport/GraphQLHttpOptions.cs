using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>Limits of the GraphQL-over-HTTP endpoint. Section <c>GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL:Http";

    /// <summary>Largest accepted POST body in bytes; larger bodies get 413 before any JSON is parsed.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Most operations in one batched POST (a JSON array body).</summary>
    [Range(1, 100)]
    public int MaxBatchSize { get; set; } = 10;
}
