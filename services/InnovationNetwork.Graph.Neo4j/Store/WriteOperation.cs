using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// One real change recorded by a write session, in the order it was made; each gets one sequence number at commit.
/// <see cref="Recorded"/> is the provenance an upsert restores (an import of an export), null for the session's origin.
/// </summary>
internal sealed record WriteOperation(
    GraphChangeKind Kind, GraphNode? Node, GraphRelationship? Relationship, string? NodeId = null, string? Label = null, Provenance? Recorded = null)
{
    public static WriteOperation UpsertNode(GraphNode node, Provenance? recorded) => new(GraphChangeKind.NodeUpserted, node, null, node.Id, node.Label, recorded);

    public static WriteOperation DeleteNode(string id, string label) => new(GraphChangeKind.NodeDeleted, null, null, id, label);

    public static WriteOperation UpsertRelationship(GraphRelationship relationship, Provenance? recorded) =>
        new(GraphChangeKind.RelationshipUpserted, null, relationship, Recorded: recorded);

    public static WriteOperation DeleteRelationship(RelationshipKey key) => new(GraphChangeKind.RelationshipDeleted, null, new GraphRelationship(key, PropertyMap.Empty));

    /// <summary>Same-kind operations on the same label or type share one <c>UNWIND</c> statement.</summary>
    public string GroupKey => $"{Kind}:{Label ?? Relationship?.Type}";

    /// <summary>The element's key in the change feed: a later change of the same element replaces the earlier entry.</summary>
    public string ChangeKey => Relationship is { Key: var key } ? $"r:{key.StartId}|{key.Type}|{key.EndId}" : $"n:{NodeId}";
}
