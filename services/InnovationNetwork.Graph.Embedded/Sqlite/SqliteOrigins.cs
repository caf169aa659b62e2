using InnovationNetwork.Graph.Store;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>
/// Finds or adds the <c>origins</c> row of a <see cref="WriteOrigin"/> inside a write transaction. Identical
/// origins share one row, so a session costs one row however many elements it writes.
/// </summary>
internal sealed class SqliteOrigins(SqliteConnection connection, SqliteTransaction transaction)
{
    private readonly Dictionary<WriteOrigin, long> _ids = [];

    public long IdOf(WriteOrigin origin)
    {
        if (_ids.TryGetValue(origin, out var known))
        {
            return known;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO origins(at_ms, actor, source) VALUES ($at, $actor, $source) ON CONFLICT DO NOTHING;
            SELECT oid FROM origins WHERE at_ms = $at AND actor = $actor AND source = $source;
            """;
        command.Parameters.AddWithValue("$at", origin.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$actor", origin.Actor);
        command.Parameters.AddWithValue("$source", origin.Source);
        var id = (long)command.ExecuteScalar()!;
        _ids[origin] = id;
        return id;
    }

    /// <summary>Reads the origin stored in six columns from <paramref name="first"/>: created (at, actor, source), then updated.</summary>
    public static Provenance Read(SqliteDataReader reader, int first) => new(
        new WriteOrigin(reader.GetString(first + 1), reader.GetString(first + 2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first))),
        new WriteOrigin(reader.GetString(first + 4), reader.GetString(first + 5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first + 3))));

    /// <summary>The select list and joins that <see cref="Read"/> expects, for a table aliased <paramref name="alias"/>.</summary>
    public static (string Columns, string Joins) Sql(string alias) => (
        "oc.at_ms, oc.actor, oc.source, ou.at_ms, ou.actor, ou.source",
        $"JOIN origins oc ON oc.oid = {alias}.created_oid JOIN origins ou ON ou.oid = {alias}.updated_oid");
}
