using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// A write session that keeps its changes here and sends them in one explicit transaction at commit, as
/// batched <c>UNWIND … MERGE</c> statements. Nothing reaches the server before <see cref="CommitAsync"/>, so an
/// abandoned session leaves no trace and no transaction can idle out while a caller validates its input.
/// </summary>
/// <remarks>Whether an upsert changes anything is decided against the committed state, read once per element
/// (the reads carry this client's bookmarks, so they see its earlier commits). Versions and provenance: see
/// Neo4jWriteSession.Versions.cs.</remarks>
internal sealed partial class Neo4jWriteSession(Neo4jGraphStore store, WriteOrigin origin, Action release) : IGraphWriteSession
{
    // Bounds the cache of committed state on very large imports; the session's own writes are never dropped.
    private const int MaxCachedElements = 200_000;

    private readonly Dictionary<string, GraphNode?> _sessionNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, PropertyMap?> _sessionRelationships = [];
    private readonly Dictionary<string, GraphNode?> _committedNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, PropertyMap?> _committedRelationships = [];
    private readonly List<WriteOperation> _operations = [];
    private bool _finished;

    public async ValueTask<string?> FindLabelAsync(string id, CancellationToken cancellationToken = default) =>
        (await NodeAsync(id, cancellationToken))?.Label;

    public async ValueTask<bool> UpsertNodeAsync(GraphNode node, Provenance? recorded, CancellationToken cancellationToken = default)
    {
        _ = StoreLabels.Label(store.Schema, node.Label);
        RefuseReservedNames(node.Properties);
        var existing = await NodeAsync(node.Id, cancellationToken);
        if (existing is not null && existing.Label != node.Label)
        {
            throw new LabelConflictException(node.Id, existing.Label, node.Label);
        }

        if (existing is not null && existing.Properties.Equals(node.Properties))
        {
            return false;
        }

        _sessionNodes[node.Id] = node;
        _lastUpserts[node.Id] = _operations.Count;
        _operations.Add(WriteOperation.UpsertNode(node, Stamp(_restoredNodeCreations, node.Id, recorded)));
        return true;
    }

    public async ValueTask<bool> UpsertRelationshipAsync(GraphRelationship relationship, Provenance? recorded, CancellationToken cancellationToken = default)
    {
        var key = store.Schema.Normalise(relationship.Key);
        _ = StoreLabels.Type(store.Schema, key.Type);
        RefuseReservedNames(relationship.Properties);
        _ = await NodeAsync(key.StartId, cancellationToken) ?? throw new MissingEndpointException(key.StartId);
        _ = await NodeAsync(key.EndId, cancellationToken) ?? throw new MissingEndpointException(key.EndId);
        var existing = await RelationshipAsync(key, cancellationToken);
        if (existing is not null && existing.Equals(relationship.Properties))
        {
            return false;
        }

        _sessionRelationships[key] = relationship.Properties;
        _operations.Add(WriteOperation.UpsertRelationship(new GraphRelationship(key, relationship.Properties), Stamp(_restoredRelationshipCreations, key, recorded)));
        return true;
    }

    public async ValueTask<bool> DeleteRelationshipAsync(RelationshipKey key, CancellationToken cancellationToken = default)
    {
        key = store.Schema.Normalise(key);
        if (store.Schema.FindRelationshipType(key.Type) is null || await RelationshipAsync(key, cancellationToken) is null)
        {
            return false;
        }

        _sessionRelationships[key] = null;
        _restoredRelationshipCreations.Remove(key);
        _operations.Add(WriteOperation.DeleteRelationship(key));
        return true;
    }

    public async ValueTask<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await NodeAsync(id, cancellationToken) is not { } node)
        {
            return false;
        }

        // Each attached relationship gets its own feed entry, as in the embedded store, so followers drop it too.
        var attached = (await store.ReadAttachedKeysAsync(id, cancellationToken))
            .Where(k => !_sessionRelationships.TryGetValue(k, out var state) || state is not null)
            .Concat(_sessionRelationships.Where(p => p.Value is not null && (p.Key.StartId == id || p.Key.EndId == id)).Select(p => p.Key))
            .Distinct()
            .OrderBy(k => k.Type, StringComparer.Ordinal).ThenBy(k => k.StartId, StringComparer.Ordinal).ThenBy(k => k.EndId, StringComparer.Ordinal)
            .ToList();
        foreach (var key in attached)
        {
            _sessionRelationships[key] = null;
            _restoredRelationshipCreations.Remove(key);
            _operations.Add(WriteOperation.DeleteRelationship(key));
        }

        _sessionNodes[id] = null;
        _restoredNodeCreations.Remove(id);
        _operations.Add(WriteOperation.DeleteNode(id, node.Label));
        return true;
    }

    public async Task<long> CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            return _operations.Count == 0
                ? await store.GetLastSequenceAsync(cancellationToken)
                : await store.CommitAsync(_operations, origin, _readVersions, cancellationToken);
        }
        finally
        {
            Finish();
        }
    }

    public ValueTask DisposeAsync()
    {
        Finish();
        return ValueTask.CompletedTask;
    }

    private void Finish()
    {
        if (!_finished)
        {
            _finished = true;
            release();
        }
    }

    private async ValueTask<GraphNode?> NodeAsync(string id, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_sessionNodes.TryGetValue(id, out var written))
        {
            return written;
        }

        if (!_committedNodes.TryGetValue(id, out var committed))
        {
            committed = await store.GetNodeAsync(id, cancellationToken);
            Cache(_committedNodes, id, committed);
        }

        return committed;
    }

    private async ValueTask<PropertyMap?> RelationshipAsync(RelationshipKey key, CancellationToken cancellationToken)
    {
        if (_sessionRelationships.TryGetValue(key, out var written))
        {
            return written;
        }

        if (_sessionNodes.TryGetValue(key.StartId, out var start) && start is null || _sessionNodes.TryGetValue(key.EndId, out var end) && end is null)
        {
            return null;
        }

        if (!_committedRelationships.TryGetValue(key, out var committed))
        {
            committed = await store.ReadRelationshipPropertiesAsync(key, cancellationToken);
            Cache(_committedRelationships, key, committed);
        }

        return committed;
    }

    private static void Cache<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxCachedElements)
        {
            cache.Clear();
        }

        cache[key] = value;
    }
}
