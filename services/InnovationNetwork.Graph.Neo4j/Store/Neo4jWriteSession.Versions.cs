using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// Versions and provenance in a write session. Sequences are assigned at commit, so the version of a node this
/// session changed is provisional: the committed last sequence (or any higher version the session read) plus the
/// position of the node's last change in the session, which is exactly what the commit assigns when no other
/// instance commits in between, and never less. Every committed version the session reads is checked again at
/// commit (<see cref="CommitStatements.VersionCheck"/>), so a check-then-write cannot lose another instance's write.
/// </summary>
internal sealed partial class Neo4jWriteSession
{
    // Committed versions this session read (null: no such node): the commit refuses to write if any has moved.
    private readonly Dictionary<string, long?> _readVersions = new(StringComparer.Ordinal);

    // Position in _operations of each node's latest upsert in this session.
    private readonly Dictionary<string, int> _lastUpserts = new(StringComparer.Ordinal);

    // Creation stamps restored by an earlier upsert in this session: a later plain upsert of the element keeps them.
    private readonly Dictionary<string, WriteOrigin> _restoredNodeCreations = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, WriteOrigin> _restoredRelationshipCreations = [];

    private long? _lastCommittedSequence;

    public async ValueTask<long?> GetVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_sessionNodes.TryGetValue(id, out var written))
        {
            if (written is null)
            {
                return null;
            }

            _lastCommittedSequence ??= await store.GetLastSequenceAsync(cancellationToken);
            var floor = _readVersions.Values.Aggregate(_lastCommittedSequence.Value, (max, version) => Math.Max(max, version ?? 0));
            return floor + _lastUpserts[id] + 1;
        }

        if (!_readVersions.TryGetValue(id, out var committed))
        {
            committed = (await store.GetNodeStampsAsync([id], cancellationToken)) is [var stamp] ? stamp.Version : null;
            _readVersions[id] = committed;
        }

        return committed;
    }

    /// <summary>
    /// The provenance an upsert writes, null for the session's origin. A restored one is remembered, so a later
    /// upsert of the same element in this session keeps the restored creation, as the embedded store does.
    /// </summary>
    private Provenance? Stamp<TKey>(Dictionary<TKey, WriteOrigin> restored, TKey key, Provenance? recorded)
        where TKey : notnull
    {
        if (recorded is not null)
        {
            restored[key] = recorded.Created;
            return recorded;
        }

        return restored.TryGetValue(key, out var created) ? new Provenance(created, origin) : null;
    }

    /// <summary>Names starting with <see cref="StoreStamps.ReservedPrefix"/> hold versions and provenance here; the schema never declares one.</summary>
    private static void RefuseReservedNames(PropertyMap properties)
    {
        if (properties.Keys.FirstOrDefault(PropertyCodec.IsReserved) is { } name)
        {
            throw new ArgumentException(
                $"Property '{name}' cannot be stored in Neo4j: names starting with '{StoreStamps.ReservedPrefix}' are reserved for versions and provenance.",
                nameof(properties));
        }
    }
}
