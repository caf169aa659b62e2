using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace InnovationNetwork.Graph.Store;

/// <summary>
/// A keyset cursor, shared by the stores: the ordering it belongs to and the last row's sort key (missing-value flag, value, id),
/// as base64url JSON. Opaque to clients; a cursor from another ordering is refused.
/// </summary>
public sealed record PageCursor(string Ordering, bool Missing, JsonElement Value, string Id)
{
    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object[] { Ordering, Missing ? 1 : 0, Value, Id });
        return Base64Url.EncodeToString(json);
    }

    public static PageCursor Decode(string cursor, string expectedOrdering)
    {
        JsonElement[] parts;
        try
        {
            parts = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor)) ?? [];
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new InvalidCursorException($"'{Shorten(cursor)}' is not a cursor this service issued.");
        }

        if (parts.Length != 4 || parts[0].ValueKind != JsonValueKind.String || parts[1].ValueKind != JsonValueKind.Number
            || parts[3].ValueKind != JsonValueKind.String || parts[2].ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw new InvalidCursorException($"'{Shorten(cursor)}' is not a cursor this service issued.");
        }

        if (parts[0].GetString() != expectedOrdering)
        {
            throw new InvalidCursorException(
                $"the cursor was issued for ordering '{parts[0].GetString()}', not '{expectedOrdering}'; start again without 'after'.");
        }

        return new PageCursor(expectedOrdering, parts[1].GetInt32() != 0, parts[2], parts[3].GetString()!);
    }

    /// <summary>The sort value as a plain .NET value (string, long or double), ready to bind as a query parameter.</summary>
    public object SqlValue => Value.ValueKind == JsonValueKind.String
        ? Value.GetString()!
        : Value.TryGetInt64(out var whole) ? whole : Value.GetDouble();

    private static string Shorten(string text) =>
        text.Length <= 40 ? text : new StringBuilder(text, 0, 37, 40).Append("...").ToString();
}
