using System.Runtime.CompilerServices;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Support;

/// <summary>Counts the calls made to a store, to prove that nested GraphQL fields are batched.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Reset() => Interlocked.Exchange(ref _reads, 0);

    public Task<IGraphWriteSession> BeginWriteAsync(WriteOrigin origin, CancellationToken cancellationToken = default) =>
        inner.BeginWriteAsync(origin, cancellationToken);

    public Task<IReadOnlyList<NodeStamp>> GetNodeStampsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodeStampsAsync(ids, cancellationToken));

    public Task<IReadOnlyList<RelationshipStamp>> GetRelationshipStampsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipStampsAsync(keys, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.ListNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetNeighboursAsync(query, cancellationToken));

    public Task<IReadOnlyList<string>> GetRegionClosureAsync(string regionId, CancellationToken cancellationToken = default) =>
        Count(inner.GetRegionClosureAsync(regionId, cancellationToken));

    public Task<long> GetLastSequenceAsync(CancellationToken cancellationToken = default) => inner.GetLastSequenceAsync(cancellationToken);

    public Task<ChangePage> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.GetChangesAsync(afterSequence, limit, cancellationToken);

    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken cancellationToken = default) => inner.ReadAllNodesAsync(cancellationToken);

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);

    public IAsyncEnumerable<GraphRelationship> ScanRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ScanRelationshipsAsync(cancellationToken);

    public IAsyncEnumerable<RelationshipKey> ScanRelationshipKeysAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken = default) =>
        inner.ScanRelationshipKeysAsync(types, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private Task<T> Count<T>(Task<T> call, [CallerMemberName] string name = "")
    {
        _ = name;
        Interlocked.Increment(ref _reads);
        return call;
    }
}
