using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>
/// Decodes a Query API response body, plain (<c>application/json</c>) or typed (<c>application/vnd.neo4j.query</c>).
/// Any non-empty <c>errors</c> array is a failure whatever the HTTP status: the server may already have sent
/// 202 when a statement fails while its results stream.
/// </summary>
internal static class QueryResponseDecoder
{
    public const string TypedMediaType = "application/vnd.neo4j.query";

    public static QueryResult Decode(ReadOnlySpan<byte> body, string? mediaType, HttpStatusCode status, RequestTarget target)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw Neo4jErrorMapper.FromStatus(status, target);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Neo4jErrorMapper.FromStatus(status, target);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
                throw Neo4jErrorMapper.FromServerError(new QueryError(code, message, status), target);
            }

            if ((int)status >= 300)
            {
                throw Neo4jErrorMapper.FromStatus(status, target);
            }

            var typed = mediaType is not null && mediaType.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase);
            var (fields, rows) = ReadData(root, typed);
            return new QueryResult(fields, rows, ReadCounters(root), ReadBookmarks(root), ReadTransaction(root));
        }
    }

    private static (IReadOnlyList<string>, IReadOnlyList<JsonElement[]>) ReadData(JsonElement root, bool typed)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return ([], []);
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        var rows = new List<JsonElement[]>();
        if (data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                rows.Add(row.EnumerateArray().Select(value => typed ? ToPlain(value) : value.Clone()).ToArray());
            }
        }

        return (fields, rows);
    }

    private static JsonElement ToPlain(JsonElement typed)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonReader.WritePlain(writer, typed);
        }

        using var plain = JsonDocument.Parse(buffer.WrittenMemory);
        return plain.RootElement.Clone();
    }

    private static QueryCounters? ReadCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var c) || c.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        long Count(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        bool Flag(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        return new QueryCounters(
            Flag("containsUpdates"), Count("nodesCreated"), Count("nodesDeleted"), Count("propertiesSet"),
            Count("relationshipsCreated"), Count("relationshipsDeleted"), Count("labelsAdded"), Count("indexesAdded"),
            Count("constraintsAdded"), Flag("containsSystemUpdates"));
    }

    private static List<string> ReadBookmarks(JsonElement root) =>
        root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];

    private static OpenTransaction? ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var t) || !t.TryGetProperty("id", out var id))
        {
            return null;
        }

        DateTimeOffset? expires = t.TryGetProperty("expires", out var e) && DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
        return new OpenTransaction(id.GetString()!, expires);
    }
}
