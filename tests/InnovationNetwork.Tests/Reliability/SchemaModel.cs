using System.Text.Json;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>The parts of the live schema the hostile corpus needs, read from an introspection result.</summary>
public sealed record SchemaModel(IReadOnlyList<FieldInfo> QueryFields, IReadOnlyList<FieldInfo> MutationFields, IReadOnlyDictionary<string, TypeInfo> Types)
{
    public static SchemaModel Read(JsonElement introspection)
    {
        var schema = introspection.GetProperty("data").GetProperty("__schema");
        var queryTypeName = schema.GetProperty("queryType").GetProperty("name").GetString()!;
        var types = schema.GetProperty("types").EnumerateArray().Select(TypeInfo.Read).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var mutations = schema.GetProperty("mutationType") is { ValueKind: JsonValueKind.Object } mutationType
            ? types[mutationType.GetProperty("name").GetString()!].Fields
            : [];
        return new SchemaModel(types[queryTypeName].Fields, mutations, types);
    }

    /// <summary>The selection set that reads every argument-free field of a type one level deep, or nothing for a leaf.</summary>
    public string SelectionFor(TypeRef type)
    {
        var named = Types[type.NamedType];
        if (named.Kind is "SCALAR" or "ENUM")
        {
            return string.Empty;
        }

        var fields = named.Fields
            .Where(f => !f.Args.Any(a => a.Type.IsNonNull && a.DefaultValue is null) && !f.Name.StartsWith("__", StringComparison.Ordinal))
            .Select(f => Types[f.Type.NamedType].Kind is "SCALAR" or "ENUM" ? f.Name : f.Name + " { __typename }");
        return " { __typename " + string.Join(' ', fields) + " }";
    }
}

public sealed record TypeInfo(string Kind, string Name, IReadOnlyList<FieldInfo> Fields, IReadOnlyList<InputValue> InputFields, IReadOnlyList<string> EnumValues)
{
    public static TypeInfo Read(JsonElement type) => new(
        type.GetProperty("kind").GetString()!,
        type.GetProperty("name").GetString()!,
        ListOf(type, "fields", FieldInfo.Read),
        ListOf(type, "inputFields", InputValue.Read),
        ListOf(type, "enumValues", e => e.GetProperty("name").GetString()!));

    private static List<T> ListOf<T>(JsonElement parent, string name, Func<JsonElement, T> read) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray().Select(read)] : [];
}

public sealed record FieldInfo(string Name, IReadOnlyList<InputValue> Args, TypeRef Type)
{
    public static FieldInfo Read(JsonElement field) => new(
        field.GetProperty("name").GetString()!,
        [.. field.GetProperty("args").EnumerateArray().Select(InputValue.Read)],
        TypeRef.Read(field.GetProperty("type")));
}

public sealed record InputValue(string Name, TypeRef Type, string? DefaultValue)
{
    public static InputValue Read(JsonElement value) => new(
        value.GetProperty("name").GetString()!,
        TypeRef.Read(value.GetProperty("type")),
        value.GetProperty("defaultValue").GetString());
}

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrappers around a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST" || (IsNonNull && OfType!.Kind == "LIST");

    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>The type as a variable declaration writes it, e.g. <c>[ID!]</c>.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };

    public static TypeRef Read(JsonElement type) => new(
        type.GetProperty("kind").GetString()!,
        type.GetProperty("name").GetString(),
        type.TryGetProperty("ofType", out var inner) && inner.ValueKind == JsonValueKind.Object ? Read(inner) : null);
}
