using System.Text.Json;

namespace InnovationNetwork.Graph.Schema;

/// <summary>Reads the JSON form of the graph model (graph-schema/schema.json).</summary>
internal static class SchemaReader
{
    public static GraphSchema Read(JsonElement root)
    {
        var version = root.GetProperty("version").GetInt32();
        var maxIdLength = root.TryGetProperty("id", out var id) && id.TryGetProperty("maxLength", out var max) ? max.GetInt32() : 200;

        var labels = root.GetProperty("nodes").EnumerateObject()
            .Select(l => new NodeLabelDefinition(l.Name, Text(l.Value, "description"), ReadProperties(l.Value)))
            .ToList();

        var types = root.GetProperty("relationships").EnumerateObject()
            .Select(t => new RelationshipTypeDefinition(
                t.Name,
                Text(t.Value, "description"),
                Strings(t.Value.GetProperty("from")),
                Strings(t.Value.GetProperty("to")),
                t.Value.GetProperty("directed").GetBoolean(),
                ReadProperties(t.Value)))
            .ToList();

        foreach (var type in types)
        {
            var unknown = type.From.Concat(type.To).Where(l => labels.All(d => d.Name != l)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"Relationship type {type.Name} names unknown labels: {string.Join(", ", unknown)}.");
            }
        }

        return new GraphSchema(version, maxIdLength, labels, types);
    }

    private static List<PropertyDefinition> ReadProperties(JsonElement owner) =>
        owner.TryGetProperty("properties", out var properties)
            ? [.. properties.EnumerateObject().Select(p => ReadProperty(p.Name, p.Value))]
            : [];

    private static PropertyDefinition ReadProperty(string name, JsonElement p) => new(
        name,
        ParseType(name, Text(p, "type")),
        p.TryGetProperty("required", out var required) && required.GetBoolean(),
        Text(p, "description"),
        p.TryGetProperty("values", out var values) ? Strings(values) : null,
        Number(p, "min"),
        Number(p, "max"),
        (int?)Number(p, "maxLength"),
        (int?)Number(p, "maxItems"),
        OptionalText(p, "format"),
        OptionalText(p, "notBefore"),
        p.TryGetProperty("default", out var def) ? DefaultValue(def) : null,
        ParseVisibility(name, OptionalText(p, "visibility")));

    /// <summary><c>public</c> (or no attribute) is null; a restricted property names the least role that may read it.</summary>
    private static string? ParseVisibility(string property, string? visibility) => visibility switch
    {
        null or "public" => null,
        _ when PropertyDefinition.VisibilityRoles.Contains(visibility, StringComparer.Ordinal) => visibility,
        _ => throw new InvalidOperationException(
            $"Property {property} has unknown visibility '{visibility}' (use public, {string.Join(", ", PropertyDefinition.VisibilityRoles)})."),
    };

    private static PropertyType ParseType(string property, string type) => type switch
    {
        "string" => PropertyType.String,
        "integer" => PropertyType.Integer,
        "number" => PropertyType.Number,
        "boolean" => PropertyType.Boolean,
        "date" => PropertyType.Date,
        "stringList" => PropertyType.StringList,
        _ => throw new InvalidOperationException($"Property {property} has unknown type '{type}'."),
    };

    private static object? DefaultValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDouble(),
        _ => null,
    };

    private static string Text(JsonElement e, string name) => OptionalText(e, name) ?? string.Empty;

    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetDouble() : null;

    private static List<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(v => v.GetString() ?? throw new InvalidOperationException("Expected a string."))];
}
