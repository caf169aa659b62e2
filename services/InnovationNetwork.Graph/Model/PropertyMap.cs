using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace InnovationNetwork.Graph.Model;

/// <summary>
/// The properties of a node or relationship: an immutable JSON object. Values keep their JSON types
/// (string, number, boolean, array of strings), so what is imported is exactly what is exported.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "A property map is the domain name; 'Dictionary' would describe the storage, not the concept.")]
public sealed class PropertyMap : IReadOnlyDictionary<string, JsonElement>, IEquatable<PropertyMap>
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly JsonElement _root;
    private string? _json;

    private PropertyMap(JsonElement root, string? json = null)
    {
        _root = root;
        _json = json;
    }

    public static PropertyMap Empty { get; } = new(EmptyObject);

    /// <summary>Wraps a JSON object element (cloned, so the caller's document may be disposed).</summary>
    public static PropertyMap FromElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Properties must be a JSON object.", nameof(element));
        }

        return new PropertyMap(element.Clone());
    }

    /// <summary>Parses compact JSON object text, as stored by the graph stores.</summary>
    public static PropertyMap Parse(string json)
    {
        if (json.Length <= 2 && json.Trim() is "{}" or "")
        {
            return Empty;
        }

        using var document = JsonDocument.Parse(json);
        return new PropertyMap(document.RootElement.Clone(), json);
    }

    /// <summary>Builds a map from plain .NET values (strings, numbers, booleans, string lists).</summary>
    public static PropertyMap From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var dictionary = values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return dictionary.Count == 0 ? Empty : FromElement(JsonSerializer.SerializeToElement(dictionary));
    }

    public static PropertyMap From(params (string Name, object? Value)[] values) =>
        From(values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)));

    public JsonElement Element => _root;

    public int Count => _root.EnumerateObject().Count();

    public IEnumerable<string> Keys => _root.EnumerateObject().Select(p => p.Name);

    public IEnumerable<JsonElement> Values => _root.EnumerateObject().Select(p => p.Value);

    public JsonElement this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => _root.TryGetProperty(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) =>
        _root.TryGetProperty(key, out value);

    public string? GetString(string key) =>
        TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public long? GetInt64(string key) =>
        TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    public double? GetDouble(string key) =>
        TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public bool? GetBoolean(string key) =>
        TryGetValue(key, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public IReadOnlyList<string> GetStringList(string key) =>
        TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>Compact JSON text of the object, in the order the properties were given (computed once).</summary>
    public string ToJson() => _json ??= JsonSerializer.Serialize(_root);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() =>
        _root.EnumerateObject().Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Two maps are equal when they hold the same names with equal JSON values, in any order.</summary>
    public bool Equals(PropertyMap? other) =>
        other is not null && (ReferenceEquals(this, other) || JsonElement.DeepEquals(_root, other._root));

    public override bool Equals(object? obj) => Equals(obj as PropertyMap);

    public override int GetHashCode() => Count;

    public override string ToString() => ToJson();
}
