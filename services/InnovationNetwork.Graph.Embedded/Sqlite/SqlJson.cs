using System.Text.Json;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>Lists of ids go to SQLite as one JSON array parameter, read back with <c>json_each</c>: one statement shape for any count.</summary>
internal static class SqlJson
{
    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
