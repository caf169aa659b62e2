using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>A value whose Neo4j type is given explicitly, e.g. <c>("Date", "2024-05-01")</c>.</summary>
public sealed record TypedValue(string Type, string Value);

/// <summary>
/// Writes parameters in the Query API's typed JSON (<c>{"$type": …, "_value": …}</c>). Plain JSON would lose
/// types: System.Text.Json writes a double 1.0 as <c>1</c> (Neo4j stores an INTEGER) and a date as a string.
/// </summary>
internal static class TypedJsonWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteStartObject();
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                writer.WriteEndObject();
                break;
            case string text:
                Scalar(writer, "String", text);
                break;
            case bool flag:
                writer.WriteStartObject();
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                writer.WriteEndObject();
                break;
            case int or long or short or byte:
                Scalar(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                Scalar(writer, "Float", Float(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case DateOnly date:
                Scalar(writer, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                Scalar(writer, "OffsetDateTime", instant.ToString("O", CultureInfo.InvariantCulture));
                break;
            case TypedValue typed:
                Scalar(writer, typed.Type, typed.Value);
                break;
            case JsonElement element:
                WriteElement(writer, element);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"No Neo4j type for a parameter of type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A JSON value with no schema to say its type: whole numbers become INTEGER, others FLOAT.</summary>
    public static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Scalar(writer, "String", element.GetString()!);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Write(writer, element.GetBoolean());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var whole):
                Write(writer, whole);
                break;
            case JsonValueKind.Number:
                Write(writer, element.GetDouble());
                break;
            case JsonValueKind.Array:
                Write(writer, element.EnumerateArray().Select(e => (object?)e).ToList());
                break;
            case JsonValueKind.Object:
                Write(writer, element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList());
                break;
            default:
                Write(writer, null);
                break;
        }
    }

    /// <summary>Shortest text that reads back as the same double ("R"); Neo4j parses it as a FLOAT whatever it looks like.</summary>
    public static string Float(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Scalar(Utf8JsonWriter writer, string type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", value);
        writer.WriteEndObject();
    }
}
