using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// The store's own labels next to the schema's, and the only way a label or type reaches Cypher text:
/// names are checked against the schema (labels and types cannot be query parameters), never taken from input.
/// </summary>
internal static class StoreLabels
{
    /// <summary>On every node, with a uniqueness constraint on <c>id</c>: one index finds any node by id whatever its label.</summary>
    public const string Node = "GraphNode";

    /// <summary>The change feed: one node per changed element, at its latest sequence.</summary>
    public const string Change = "GraphChange";

    /// <summary>The single counter node whose <c>last</c> is the last committed sequence.</summary>
    public const string Sequence = "GraphSequence";

    /// <summary>
    /// The store's own layout version, kept on the counter node; a newer one is refused. 2: versions and provenance
    /// as reserved <c>_</c> properties (a build that knows only 1 would show them as domain properties).
    /// </summary>
    public const int LayoutVersion = 2;

    public static string Label(GraphSchema schema, string label) =>
        schema.FindLabel(label)?.Name ?? throw new ArgumentException($"Unknown label '{label}'.", nameof(label));

    public static string Type(GraphSchema schema, string type) =>
        schema.FindRelationshipType(type)?.Name ?? throw new ArgumentException($"Unknown relationship type '{type}'.", nameof(type));

    /// <summary>The schema label among a node's labels (the other is <see cref="Node"/>).</summary>
    public static string DomainLabel(GraphSchema schema, IEnumerable<string> labels) =>
        labels.FirstOrDefault(l => schema.FindLabel(l) is not null) ?? Node;
}
