using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>
/// One IMMEDIATE transaction on the store's write connection. Sequence numbers are taken only for real
/// changes, so writing the same data twice leaves the store (and the change feed) as it was.
/// </summary>
internal sealed class SqliteWriteSession : IGraphWriteSession
{
    // Bounds the id cache so memory stays flat on very large imports; a miss only costs one indexed lookup.
    private const int MaxCachedIds = 500_000;

    private readonly SqliteGraphStore _store;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Action _release;
    private readonly Dictionary<string, (long Nid, string Label)> _ids = new(StringComparer.Ordinal);
    private readonly SqliteCommand _findNode;
    private readonly SqliteCommand _insertNode;
    private readonly SqliteCommand _updateNode;
    private readonly SqliteCommand _upsertRelationship;
    private readonly SqliteCommand _findVersion;
    private readonly SqliteOrigins _origins;
    private readonly WriteOrigin _origin;
    private readonly long _firstSequence;
    private long _lastSequence;
    private bool _finished;

    public SqliteWriteSession(SqliteGraphStore store, SqliteConnection connection, WriteOrigin origin, Action release)
    {
        _store = store;
        _connection = connection;
        _origin = origin;
        _release = release;
        _transaction = connection.BeginTransaction(deferred: false);
        _origins = new SqliteOrigins(connection, _transaction);
        _findNode = Command("SELECT nid, label FROM nodes WHERE id = $id", "$id");
        _findVersion = Command("SELECT seq FROM nodes WHERE id = $id", "$id");
        _insertNode = Command(
            "INSERT INTO nodes(id, label, props, seq, created_oid, updated_oid) VALUES ($id, $label, $props, $seq, $created, $updated) RETURNING nid",
            "$id", "$label", "$props", "$seq", "$created", "$updated");

        // A restored provenance replaces the creation stamp too; otherwise creation is kept ($created is null).
        _updateNode = Command(
            """
            UPDATE nodes SET props = $props, seq = $seq, updated_oid = $updated, created_oid = coalesce($created, created_oid)
            WHERE nid = $nid AND props IS NOT $props
            """,
            "$nid", "$props", "$seq", "$updated", "$created");
        _upsertRelationship = Command(
            """
            INSERT INTO rels(start_nid, type, end_nid, props, seq, created_oid, updated_oid)
            VALUES ($start, $type, $end, $props, $seq, coalesce($created, $updated), $updated)
            ON CONFLICT(start_nid, type, end_nid) DO UPDATE SET props = excluded.props, seq = excluded.seq,
                updated_oid = excluded.updated_oid, created_oid = coalesce($created, rels.created_oid)
            WHERE rels.props IS NOT excluded.props
            """,
            "$start", "$type", "$end", "$props", "$seq", "$updated", "$created");
        using var last = Command("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_seq'");
        _lastSequence = (long)last.ExecuteScalar()!;
        _firstSequence = _lastSequence;
    }

    public ValueTask<string?> FindLabelAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Find(id)?.Label);

    public ValueTask<long?> GetVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _findVersion.Parameters[0].Value = id;
        return ValueTask.FromResult(_findVersion.ExecuteScalar() is long version ? version : (long?)null);
    }

    public ValueTask<bool> UpsertNodeAsync(GraphNode node, Provenance? recorded, CancellationToken cancellationToken = default)
    {
        var props = node.Properties.ToJson();
        var (created, updated) = OriginIds(recorded);
        var existing = Find(node.Id);
        if (existing is { } found)
        {
            if (found.Label != node.Label)
            {
                throw new LabelConflictException(node.Id, found.Label, node.Label);
            }

            return ValueTask.FromResult(Run(_updateNode, found.Nid, props, _lastSequence + 1, updated, created) > 0 && Advance());
        }

        var nid = RunScalar(_insertNode, node.Id, node.Label, props, _lastSequence + 1, created ?? updated, updated);
        Advance();
        Remember(node.Id, nid, node.Label);
        return ValueTask.FromResult(true);
    }

    public ValueTask<bool> UpsertRelationshipAsync(GraphRelationship relationship, Provenance? recorded, CancellationToken cancellationToken = default)
    {
        var key = _store.Schema.Normalise(relationship.Key);
        var start = Find(key.StartId) ?? throw new MissingEndpointException(key.StartId);
        var end = Find(key.EndId) ?? throw new MissingEndpointException(key.EndId);
        var (created, updated) = OriginIds(recorded);
        var changed = Run(_upsertRelationship, start.Nid, key.Type, end.Nid, relationship.Properties.ToJson(), _lastSequence + 1, updated, created) > 0;
        return ValueTask.FromResult(changed && Advance());
    }

    public ValueTask<bool> DeleteRelationshipAsync(RelationshipKey key, CancellationToken cancellationToken = default)
    {
        key = _store.Schema.Normalise(key);
        if (Find(key.StartId) is not { } start || Find(key.EndId) is not { } end)
        {
            return ValueTask.FromResult(false);
        }

        using var delete = Command("DELETE FROM rels WHERE start_nid = $start AND type = $type AND end_nid = $end", "$start", "$type", "$end");
        if (Run(delete, start.Nid, key.Type, end.Nid) == 0)
        {
            return ValueTask.FromResult(false);
        }

        AddRelationshipTombstone(key);
        return ValueTask.FromResult(true);
    }

    public ValueTask<bool> DeleteNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        if (Find(id) is not { } node)
        {
            return ValueTask.FromResult(false);
        }

        using var attached = Command(
            """
            SELECT s.id, r.type, e.id FROM rels r JOIN nodes s ON s.nid = r.start_nid JOIN nodes e ON e.nid = r.end_nid
            WHERE r.start_nid = $nid OR r.end_nid = $nid ORDER BY r.type, s.id, e.id
            """,
            "$nid");
        attached.Parameters[0].Value = node.Nid;
        var keys = new List<RelationshipKey>();
        using (var reader = attached.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(new RelationshipKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        using var deleteRelationships = Command("DELETE FROM rels WHERE start_nid = $nid OR end_nid = $nid", "$nid");
        Run(deleteRelationships, node.Nid);
        keys.ForEach(AddRelationshipTombstone);
        using var deleteNode = Command("DELETE FROM nodes WHERE nid = $nid", "$nid");
        Run(deleteNode, node.Nid);
        using var tombstone = Command(
            "INSERT INTO tombstones(seq, kind, node_id, label) VALUES ($seq, $kind, $id, $label)", "$seq", "$kind", "$id", "$label");
        Run(tombstone, _lastSequence + 1, (int)GraphChangeKind.NodeDeleted, id, node.Label);
        Advance();
        _ids.Remove(id);
        return ValueTask.FromResult(true);
    }

    public Task<long> CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_lastSequence == _firstSequence)
        {
            // Nothing changed: roll back, so a no-op session leaves no origins row behind either.
            _transaction.Rollback();
            Finish();
            return Task.FromResult(_lastSequence);
        }

        // Disposed before Finish hands the connection on: a command's disposal edits the connection's command
        // list, which is not thread-safe, and the next session starts adding to it as soon as the lock is released.
        using (var save = Command("UPDATE meta SET value = $seq WHERE key = 'last_seq'", "$seq"))
        {
            Run(save, _lastSequence);
        }

        _transaction.Commit();
        Finish();
        return Task.FromResult(_lastSequence);
    }

    public ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _transaction.Rollback();
            Finish();
        }

        return ValueTask.CompletedTask;
    }

    private void Finish()
    {
        _finished = true;
        _transaction.Dispose();
        _findNode.Dispose();
        _insertNode.Dispose();
        _updateNode.Dispose();
        _upsertRelationship.Dispose();
        _findVersion.Dispose();
        _release();
    }

    // The created id is null unless a recorded provenance is restored: statements then keep the stored creation.
    private (object? Created, object Updated) OriginIds(Provenance? recorded) =>
        recorded is null
            ? (null, _origins.IdOf(_origin))
            : (_origins.IdOf(recorded.Created), _origins.IdOf(recorded.Updated));


    private void AddRelationshipTombstone(RelationshipKey key)
    {
        using var tombstone = Command(
            "INSERT INTO tombstones(seq, kind, start_id, type, end_id) VALUES ($seq, $kind, $start, $type, $end)",
            "$seq", "$kind", "$start", "$type", "$end");
        Run(tombstone, _lastSequence + 1, (int)GraphChangeKind.RelationshipDeleted, key.StartId, key.Type, key.EndId);
        Advance();
    }

    private (long Nid, string Label)? Find(string id)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_ids.TryGetValue(id, out var cached))
        {
            return cached;
        }

        _findNode.Parameters[0].Value = id;
        using var reader = _findNode.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var found = (reader.GetInt64(0), reader.GetString(1));
        Remember(id, found.Item1, found.Item2);
        return found;
    }

    private void Remember(string id, long nid, string label)
    {
        if (_ids.Count >= MaxCachedIds)
        {
            _ids.Clear();
        }

        _ids[id] = (nid, label);
    }

    private bool Advance()
    {
        _lastSequence++;
        return true;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static int Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    private static long RunScalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return (long)command.ExecuteScalar()!;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
