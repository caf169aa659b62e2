using System.Globalization;
using System.Text.Json;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>
/// Turns typed JSON values into the plain JSON shape, so the rest of the adapter reads one shape whichever
/// the server sent: INTEGER and FLOAT become numbers, temporal and spatial values their ISO/WKT text,
/// nodes and relationships the plain format's objects (<c>elementId</c>, <c>labels</c>, <c>properties</c>, …).
/// </summary>
internal static class TypedJsonReader
{
    public static void WritePlain(Utf8JsonWriter writer, JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("$type", out var typeElement))
        {
            throw new FormatException($"Expected a typed JSON value ({{\"$type\", \"_value\"}}), found {typed.ValueKind}.");
        }

        var value = typed.TryGetProperty("_value", out var v) ? v : default;
        switch (typeElement.GetString())
        {
            case "Null":
                writer.WriteNullValue();
                break;
            case "Boolean":
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            case "Integer":
                writer.WriteNumberValue(long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case "Float":
                WriteFloat(writer, value.GetString()!);
                break;
            case "List":
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            case "Map":
                WriteMap(writer, value);
                break;
            case "Node":
                writer.WriteStartObject();
                writer.WriteString("elementId", value.GetProperty("_element_id").GetString());
                writer.WritePropertyName("labels");
                value.GetProperty("_labels").WriteTo(writer);
                writer.WritePropertyName("properties");
                WriteMap(writer, value.GetProperty("_properties"));
                writer.WriteEndObject();
                break;
            case "Relationship":
                writer.WriteStartObject();
                writer.WriteString("elementId", value.GetProperty("_element_id").GetString());
                writer.WriteString("startNodeElementId", value.GetProperty("_start_node_element_id").GetString());
                writer.WriteString("endNodeElementId", value.GetProperty("_end_node_element_id").GetString());
                writer.WriteString("type", value.GetProperty("_type").GetString());
                writer.WritePropertyName("properties");
                WriteMap(writer, value.GetProperty("_properties"));
                writer.WriteEndObject();
                break;
            case "Path":
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // String, Base64, Date, Time, LocalTime, DateTime, OffsetDateTime, LocalDateTime, Duration, Point:
                // their _value is already the text the plain format would carry.
                writer.WriteStringValue(value.GetString());
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, JsonElement map)
    {
        writer.WriteStartObject();
        foreach (var property in map.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            WritePlain(writer, property.Value);
        }

        writer.WriteEndObject();
    }

    // JSON has no NaN or infinity: those stay text, as the plain format sends them.
    private static void WriteFloat(Utf8JsonWriter writer, string text)
    {
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(number))
        {
            writer.WriteRawValue(TypedJsonWriter.Float(number));
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }
}
