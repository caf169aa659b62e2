using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>Versions and provenance: the <c>seq</c> column and the <c>origins</c> rows elements point at.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<NodeStamp>> GetNodeStampsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var (columns, joins) = SqliteOrigins.Sql("n");
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT n.id, n.seq, {columns} FROM nodes n {joins} WHERE n.id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", SqlJson.Array(ids));
        var stamps = new List<NodeStamp>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stamps.Add(new NodeStamp(reader.GetString(0), reader.GetInt64(1), SqliteOrigins.Read(reader, 2)));
        }

        return stamps;
    }

    public async Task<IReadOnlyList<RelationshipStamp>> GetRelationshipStampsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var (columns, joins) = SqliteOrigins.Sql("r");
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.id, r.type, e.id, {columns}
            FROM json_each($keys) k
            CROSS JOIN nodes s ON s.id = json_extract(k.value, '$[0]')
            CROSS JOIN nodes e ON e.id = json_extract(k.value, '$[2]')
            CROSS JOIN rels r ON r.start_nid = s.nid AND r.type = json_extract(k.value, '$[1]') AND r.end_nid = e.nid
            {joins}
            """;
        var normalised = keys.Select(Schema.Normalise).Distinct().Select(k => new[] { k.StartId, k.Type, k.EndId });
        command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(normalised));
        var stamps = new List<RelationshipStamp>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new RelationshipKey(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            stamps.Add(new RelationshipStamp(key, SqliteOrigins.Read(reader, 3)));
        }

        return stamps;
    }

}
