using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

/// <summary>A batch of writes applied in one transaction: deletes first, then node upserts, then relationship upserts.</summary>
public sealed record GraphBatch
{
    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    public IReadOnlyList<GraphRelationship> Relationships { get; init; } = [];

    public IReadOnlyList<string> DeleteNodes { get; init; } = [];

    public IReadOnlyList<RelationshipKey> DeleteRelationships { get; init; } = [];
}

public static class GraphStoreExtensions
{
    /// <summary>Opens a write session whose writes are stamped as unattributed; production paths pass their <see cref="WriteOrigin"/>.</summary>
    public static Task<IGraphWriteSession> BeginWriteAsync(this IGraphStore store, CancellationToken cancellationToken = default) =>
        store.BeginWriteAsync(WriteOrigin.Unattributed(), cancellationToken);

    /// <summary>Applies a batch atomically and returns the last change sequence after it.</summary>
    public static Task<long> WriteAsync(this IGraphStore store, GraphBatch batch, CancellationToken cancellationToken = default) =>
        store.WriteAsync(batch, WriteOrigin.Unattributed(), cancellationToken);

    /// <summary>Applies a batch atomically, stamped with <paramref name="origin"/>, and returns the last change sequence after it.</summary>
    public static async Task<long> WriteAsync(this IGraphStore store, GraphBatch batch, WriteOrigin origin, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(origin, cancellationToken);
        foreach (var key in batch.DeleteRelationships)
        {
            await session.DeleteRelationshipAsync(key, cancellationToken);
        }

        foreach (var id in batch.DeleteNodes)
        {
            await session.DeleteNodeAsync(id, cancellationToken);
        }

        foreach (var node in batch.Nodes)
        {
            await session.UpsertNodeAsync(node, cancellationToken);
        }

        foreach (var relationship in batch.Relationships)
        {
            await session.UpsertRelationshipAsync(relationship, cancellationToken);
        }

        return await session.CommitAsync(cancellationToken);
    }

    public static async Task<GraphNode?> GetNodeAsync(this IGraphStore store, string id, CancellationToken cancellationToken = default) =>
        await store.GetNodesAsync([id], cancellationToken) is [var node, ..] ? node : null;

    /// <summary>Every node of one label, read a page at a time (for small labels: regions, skills).</summary>
    public static async IAsyncEnumerable<GraphNode> ListAllAsync(
        this IGraphStore store, string label, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int PageSize = 1000;
        string? after = null;
        do
        {
            var page = await store.ListNodesAsync(new NodeQuery(label) { First = PageSize, After = after, IncludeTotalCount = false }, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item.Node;
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
    }
}
