using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

/// <summary>
/// The graph store contract: the single source of truth of a deployment, spoken in the domain's terms.
/// </summary>
/// <remarks>
/// <para><b>Lifetime:</b> one instance per process and data location, opened at start-up and disposed at
/// shut-down (register it as a singleton). Opening checks the stored schema version and refuses data
/// written by a newer build.</para>
/// <para><b>Thread-safety:</b> every member is safe to call concurrently. Reads never block each other and see
/// only committed data. Writes go through <see cref="BeginWriteAsync"/>: one write session at a time per
/// store; a second caller waits until the first commits or is disposed.</para>
/// <para><b>Changes:</b> every committed change to a node or relationship gets a sequence number, strictly
/// increasing in commit order. <see cref="GetChangesAsync"/> lets derived structures (search index,
/// adjacency) follow the store and catch up after a restart.</para>
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Opens the one write session: everything written through it commits atomically or not at all. Every node and
    /// relationship it creates or changes is stamped with <paramref name="origin"/> (see <see cref="Provenance"/>).
    /// </summary>
    Task<IGraphWriteSession> BeginWriteAsync(WriteOrigin origin, CancellationToken cancellationToken = default);

    /// <summary>Returns the nodes with these ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Returns the version and provenance of the nodes with these ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<NodeStamp>> GetNodeStampsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Returns the provenance of these relationships (keys as stored: undirected types smaller id first); unknown keys are left out.</summary>
    Task<IReadOnlyList<RelationshipStamp>> GetRelationshipStampsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Lists nodes of one label that pass the query's filters, in its order, one page at a time.</summary>
    /// <exception cref="InvalidCursorException">The query's <c>After</c> cursor was not issued for this ordering.</exception>
    Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the relationships of the given nodes, with the node at the other end, for many nodes at once
    /// (batch loaders call this once per request level).
    /// </summary>
    Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default);

    /// <summary>Returns the region and every region PART_OF it, transitively (the region itself first).</summary>
    Task<IReadOnlyList<string>> GetRegionClosureAsync(string regionId, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the last committed change (0 for a store never written to); cheap at any size.</summary>
    Task<long> GetLastSequenceAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns committed changes with a sequence above <paramref name="afterSequence"/>, oldest first.</summary>
    Task<ChangePage> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Streams every node, ordered by label then id, for export.</summary>
    IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams every relationship, ordered by type, start and end, for export.</summary>
    IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every relationship with its properties, in the order the store reads cheapest while keeping the
    /// order relationships were written where it records one (the embedded store does; the analytics snapshot's
    /// rebuild matches its change-feed updates only in that order). For rebuilding derived structures; use
    /// <see cref="ReadAllRelationshipsAsync"/> for export and <see cref="ScanRelationshipKeysAsync"/> where
    /// neither order nor properties matter.
    /// </summary>
    IAsyncEnumerable<GraphRelationship> ScanRelationshipsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the key of every relationship of the given types, without properties and in no particular
    /// order: the cheapest full read, for structures that need only what links to what (the search index's
    /// skill and region context). Types the schema does not know match nothing.
    /// </summary>
    IAsyncEnumerable<RelationshipKey> ScanRelationshipKeysAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken = default);

    /// <summary>Counts by label and relationship type, the last change sequence and the size on disk.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
