using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        var items = new List<NodePageItem>();
        var hasNext = false;
        if (query.First > 0)
        {
            await using var command = connection.CreateCommand();
            NodeQuerySql.BuildPage(Schema, query, command);
            var ordering = NodeQuerySql.Ordering(query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (items.Count == query.First)
                {
                    hasNext = true;
                    break;
                }

                var node = new GraphNode(reader.GetString(0), reader.GetString(1), PropertyMap.Parse(reader.GetString(2)));
                var sortValue = JsonSerializer.SerializeToElement(reader.GetValue(4));
                var cursor = new PageCursor(ordering, reader.GetInt64(3) != 0, sortValue, node.Id);
                items.Add(new NodePageItem(node, cursor.Encode()));
            }
        }
        else if (query.After is { } after)
        {
            PageCursor.Decode(after, NodeQuerySql.Ordering(query));
        }

        int? total = null;
        if (query.IncludeTotalCount)
        {
            await using var count = connection.CreateCommand();
            NodeQuerySql.BuildCount(Schema, query, count);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new NodePage(items, hasNext, total);
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        if (query.NodeIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // CROSS JOIN fixes the join order: from the given nodes outwards. Left to itself, SQLite starts a
        // neighbour-label filter from every node of that label (every skill, then all their holders).
        var filters = (query.Type is null ? string.Empty : " AND r.type = $type")
            + (query.NeighbourLabel is null ? string.Empty : " AND o.label = $label");
        const string Outgoing = """
            SELECT s.id, s.id, r.type, o.id, r.props, o.id, o.label, o.props
            FROM nodes s CROSS JOIN rels r ON r.start_nid = s.nid CROSS JOIN nodes o ON o.nid = r.end_nid
            WHERE s.id IN (SELECT value FROM json_each($ids))
            """;
        const string Incoming = """
            SELECT s.id, o.id, r.type, s.id, r.props, o.id, o.label, o.props
            FROM nodes s CROSS JOIN rels r ON r.end_nid = s.nid CROSS JOIN nodes o ON o.nid = r.start_nid
            WHERE s.id IN (SELECT value FROM json_each($ids))
            """;
        command.CommandText = query.Direction switch
        {
            Direction.Outgoing => Outgoing + filters,
            Direction.Incoming => Incoming + filters,
            _ => $"{Outgoing}{filters} UNION ALL {Incoming}{filters}",
        };
        command.Parameters.AddWithValue("$ids", SqlJson.Array(query.NodeIds));
        if (query.Type is not null)
        {
            command.Parameters.AddWithValue("$type", query.Type);
        }

        if (query.NeighbourLabel is not null)
        {
            command.Parameters.AddWithValue("$label", query.NeighbourLabel);
        }

        var result = new List<Neighbour>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var relationship = new GraphRelationship(reader.GetString(1), reader.GetString(2), reader.GetString(3), PropertyMap.Parse(reader.GetString(4)));
            var node = new GraphNode(reader.GetString(5), reader.GetString(6), PropertyMap.Parse(reader.GetString(7)));
            result.Add(new Neighbour(reader.GetString(0), relationship, node));
        }

        return result;
    }

    public async Task<ChangePage> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenReadAsync(cancellationToken);

        // One read transaction: the three reads and the last sequence come from the same snapshot.
        await using var snapshot = connection.BeginTransaction(deferred: true);

        // Each table is read in sequence order through its own index and the three runs are merged here:
        // one UNION ... ORDER BY would sort every change after the cursor on each call.
        var changes = new List<GraphChange>();
        await ReadChangesAsync(
            connection, snapshot, "SELECT seq, id, label FROM nodes WHERE seq > $after ORDER BY seq LIMIT $limit", afterSequence, limit,
            r => new GraphChange(r.GetInt64(0), GraphChangeKind.NodeUpserted, r.GetString(1), r.GetString(2), null), changes, cancellationToken);
        await ReadChangesAsync(
            connection, snapshot,
            """
            SELECT r.seq, s.id, r.type, e.id FROM rels r JOIN nodes s ON s.nid = r.start_nid JOIN nodes e ON e.nid = r.end_nid
            WHERE r.seq > $after ORDER BY r.seq LIMIT $limit
            """,
            afterSequence, limit,
            r => new GraphChange(r.GetInt64(0), GraphChangeKind.RelationshipUpserted, null, null, new RelationshipKey(r.GetString(1), r.GetString(2), r.GetString(3))),
            changes, cancellationToken);
        await ReadChangesAsync(
            connection, snapshot, "SELECT seq, kind, node_id, label, start_id, type, end_id FROM tombstones WHERE seq > $after ORDER BY seq LIMIT $limit", afterSequence, limit,
            r => r.GetInt32(1) == (int)GraphChangeKind.NodeDeleted
                ? new GraphChange(r.GetInt64(0), GraphChangeKind.NodeDeleted, r.GetString(2), r.GetString(3), null)
                : new GraphChange(r.GetInt64(0), GraphChangeKind.RelationshipDeleted, null, null, new RelationshipKey(r.GetString(4), r.GetString(5), r.GetString(6))),
            changes, cancellationToken);

        changes.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var hasMore = changes.Count > limit;
        if (hasMore)
        {
            changes.RemoveRange(limit, changes.Count - limit);
        }

        var last = changes.Count > 0 && hasMore ? changes[^1].Sequence : await ReadLastSequenceAsync(connection, cancellationToken, snapshot);
        return new ChangePage(changes, Math.Max(last, afterSequence), hasMore);
    }

    private static async Task ReadChangesAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection,
        Microsoft.Data.Sqlite.SqliteTransaction transaction,
        string sql,
        long after,
        int limit,
        Func<Microsoft.Data.Sqlite.SqliteDataReader, GraphChange> map,
        List<GraphChange> into,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit + 1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(map(reader));
        }
    }
}
