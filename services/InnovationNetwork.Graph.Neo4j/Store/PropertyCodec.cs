using System.Buffers;
using System.Globalization;
using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// Moves property maps between the domain's JSON and Neo4j's types. The schema decides the type, not the
/// JSON text: a <c>number</c> property is always sent as FLOAT (even 100000), a <c>date</c> as DATE, so
/// Cypher comparisons and sorting behave as the embedded store's do.
/// </summary>
internal static class PropertyCodec
{
    public static Dictionary<string, object?> ToParameters(PropertyMap properties, IPropertySchema? schema)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            parameters[name] = ToParameter(schema?.FindProperty(name), value);
        }

        return parameters;
    }

    /// <summary>A value typed by its property definition; values that do not fit the declared type keep their JSON type.</summary>
    public static object? ToParameter(PropertyDefinition? definition, object? value)
    {
        if (value is JsonElement element)
        {
            // Each arm is boxed on its own: a conditional of long and double would turn every whole number into a double.
            value = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number when definition?.Type == PropertyType.Number => (object)element.GetDouble(),
                JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
                JsonValueKind.Number => element.GetDouble(),
                JsonValueKind.True or JsonValueKind.False => element.GetBoolean(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => element,
            };
        }

        return (definition?.Type, value) switch
        {
            (PropertyType.Number, int or long) => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            (PropertyType.Date, string text) when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            _ => value,
        };
    }

    /// <summary>
    /// A node's or relationship's properties as returned (plain JSON), without the store's own keys: the reserved
    /// version and provenance properties (<see cref="StoreStamps.ReservedPrefix"/>) always, <c>id</c> when asked.
    /// Every read of domain properties goes through here.
    /// </summary>
    public static PropertyMap FromNeo4j(JsonElement properties, bool withoutId)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.EnumerateObject().Any())
        {
            return PropertyMap.Empty;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in properties.EnumerateObject())
            {
                if (!IsReserved(property.Name) && !(withoutId && property.NameEquals("id")))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return PropertyMap.FromElement(document.RootElement);
    }

    /// <summary>Whether a property name belongs to the store (version, provenance) rather than the domain.</summary>
    public static bool IsReserved(string name) => name.StartsWith(StoreStamps.ReservedPrefix, StringComparison.Ordinal);
}
