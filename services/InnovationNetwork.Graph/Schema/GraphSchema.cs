using System.Text.Json;

namespace InnovationNetwork.Graph.Schema;

/// <summary>
/// The graph model: node labels, relationship types and their properties. Loaded once from
/// graph-schema/schema.json (embedded in this assembly); immutable and safe to share between threads.
/// </summary>
public sealed class GraphSchema
{
    private const string ResourceName = "InnovationNetwork.Graph.schema.json";
    private static readonly Lazy<GraphSchema> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, NodeLabelDefinition> _labels;
    private readonly Dictionary<string, RelationshipTypeDefinition> _types;

    public GraphSchema(int version, int maxIdLength, IEnumerable<NodeLabelDefinition> labels, IEnumerable<RelationshipTypeDefinition> types)
    {
        Version = version;
        MaxIdLength = maxIdLength;
        Labels = [.. labels];
        RelationshipTypes = [.. types];
        _labels = Labels.ToDictionary(l => l.Name, StringComparer.Ordinal);
        _types = RelationshipTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The schema this build was compiled with.</summary>
    public static GraphSchema Default => Embedded.Value;

    public int Version { get; }

    public int MaxIdLength { get; }

    public IReadOnlyList<NodeLabelDefinition> Labels { get; }

    public IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes { get; }

    public NodeLabelDefinition? FindLabel(string name) => _labels.GetValueOrDefault(name);

    public RelationshipTypeDefinition? FindRelationshipType(string name) => _types.GetValueOrDefault(name);

    public NodeLabelDefinition GetLabel(string name) =>
        FindLabel(name) ?? throw new ArgumentException($"Unknown label '{name}'.", nameof(name));

    public RelationshipTypeDefinition GetRelationshipType(string name) =>
        FindRelationshipType(name) ?? throw new ArgumentException($"Unknown relationship type '{name}'.", nameof(name));

    /// <summary>Whether relationships of this type have no direction (stored once, smaller id first).</summary>
    /// <summary>Why an id is not acceptable (empty, too long, control characters, surrounding spaces), or null when it is.</summary>
    public string? CheckId(string id) =>
        id.Length == 0 || id.Length > MaxIdLength || id.Any(char.IsControl) || id.Trim().Length != id.Length
            ? $"must be 1–{MaxIdLength} characters with no control characters or surrounding spaces"
            : null;

    /// <summary>The key as stores keep it: undirected types (BORDERS, RELATED_TO) with the smaller id first.</summary>
    public Model.RelationshipKey Normalise(Model.RelationshipKey key) =>
        IsUndirected(key.Type) && string.CompareOrdinal(key.StartId, key.EndId) > 0
            ? new Model.RelationshipKey(key.EndId, key.Type, key.StartId)
            : key;

    public bool IsUndirected(string type) => FindRelationshipType(type) is { Directed: false };

    public static GraphSchema Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaReader.Read(document.RootElement);
    }

    private static GraphSchema LoadEmbedded()
    {
        using var stream = typeof(GraphSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }
}
