using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.GraphStore;

/// <summary>Which graph store the service runs on. <c>GraphStore:Provider</c>: <c>Embedded</c> (default) or <c>Neo4j</c>.</summary>
public sealed class GraphStoreProviderOptions : IValidatableObject
{
    public const string SectionName = "GraphStore";

    public const string Embedded = "Embedded";

    public const string Neo4j = "Neo4j";

    public string Provider { get; set; } = Embedded;

    public bool UsesNeo4j => string.Equals(Provider, Neo4j, StringComparison.OrdinalIgnoreCase);

    /// <summary>Read once while services are registered: the provider decides which store is registered at all.</summary>
    public static GraphStoreProviderOptions Read(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<GraphStoreProviderOptions>() ?? new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.Equals(Provider, Embedded, StringComparison.OrdinalIgnoreCase) && !UsesNeo4j)
        {
            yield return new ValidationResult($"GraphStore:Provider must be '{Embedded}' or '{Neo4j}' (it is '{Provider}').", [nameof(Provider)]);
        }
    }
}
