using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

/// <summary>
/// One write transaction. Reads through the session see its own uncommitted writes. Nothing is visible to
/// others, or durable, until <see cref="CommitAsync"/> returns; disposing without committing rolls back.
/// </summary>
/// <remarks>Not thread-safe: use from one logical flow at a time. Undirected relationship keys are normalised.</remarks>
public interface IGraphWriteSession : IAsyncDisposable
{
    /// <summary>The label of an existing node (committed or written in this session), or null.</summary>
    ValueTask<string?> FindLabelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The node's version (the sequence of its last change, including this session's), or null when there is no such node.</summary>
    ValueTask<long?> GetVersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates the node or replaces its properties. Returns false when nothing changed.</summary>
    /// <exception cref="LabelConflictException">The id already belongs to a node with another label.</exception>
    ValueTask<bool> UpsertNodeAsync(GraphNode node, CancellationToken cancellationToken = default) =>
        UpsertNodeAsync(node, null, cancellationToken);

    /// <summary>
    /// As <see cref="UpsertNodeAsync(GraphNode, CancellationToken)"/>; when <paramref name="recorded"/> is given (an import
    /// restoring an export) and the node changes, the node keeps that provenance instead of the session's origin.
    /// </summary>
    ValueTask<bool> UpsertNodeAsync(GraphNode node, Provenance? recorded, CancellationToken cancellationToken = default);

    /// <summary>Creates the relationship or replaces its properties. Both endpoints must exist. Returns false when nothing changed.</summary>
    /// <exception cref="MissingEndpointException">An endpoint does not exist.</exception>
    ValueTask<bool> UpsertRelationshipAsync(GraphRelationship relationship, CancellationToken cancellationToken = default) =>
        UpsertRelationshipAsync(relationship, null, cancellationToken);

    /// <summary>As <see cref="UpsertRelationshipAsync(GraphRelationship, CancellationToken)"/>, keeping <paramref name="recorded"/> provenance when given.</summary>
    ValueTask<bool> UpsertRelationshipAsync(GraphRelationship relationship, Provenance? recorded, CancellationToken cancellationToken = default);

    /// <summary>Deletes the node and every relationship attached to it. Returns false when there was no such node.</summary>
    ValueTask<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes the relationship. Returns false when there was no such relationship.</summary>
    ValueTask<bool> DeleteRelationshipAsync(RelationshipKey key, CancellationToken cancellationToken = default);

    /// <summary>Makes every write of the session durable and visible, atomically. Returns the last sequence written (or the previous last when nothing changed).</summary>
    Task<long> CommitAsync(CancellationToken cancellationToken = default);
}
