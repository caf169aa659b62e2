using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>A place a value can go in a Query or Mutation field's arguments: the argument, then input-object fields, down to a scalar.</summary>
public sealed record ArgumentSlot(FieldInfo Field, IReadOnlyList<string> Path, string Scalar, string Operation = "query")
{
    public string Name => Field.Name + "." + string.Join('.', Path);
}

/// <summary>Finds every slot of the Query type by introspection and writes documents that put a chosen value in one.</summary>
public static class ArgumentSlots
{
    private const string Marker = "\u0001SLOT\u0001";

    public static List<ArgumentSlot> Find(SchemaModel schema, params string[] scalars) => Find(schema, schema.QueryFields, "query", scalars);

    /// <summary>The slots of the Mutation type's fields (documents are sent as mutations).</summary>
    public static List<ArgumentSlot> FindInMutations(SchemaModel schema, params string[] scalars) => Find(schema, schema.MutationFields, "mutation", scalars);

    private static List<ArgumentSlot> Find(SchemaModel schema, IReadOnlyList<FieldInfo> fields, string operation, string[] scalars)
    {
        var slots = new List<ArgumentSlot>();
        foreach (var field in fields)
        {
            foreach (var arg in field.Args)
            {
                Collect(schema, field, [arg.Name], arg.Type, scalars, slots);
            }
        }

        return [.. slots.Select(s => s with { Operation = operation })];
    }

    /// <summary>Every argument through variables; the slot holds <paramref name="value"/> (JSON, so any type can be sent).</summary>
    public static (string Query, JsonObject Variables) WithVariables(SchemaModel schema, ArgumentSlot slot, JsonNode? value)
    {
        var variables = new JsonObject();
        var declarations = new List<string>();
        var uses = new List<string>();
        foreach (var arg in Arguments(slot))
        {
            declarations.Add($"${arg.Name}: {arg.Type}");
            uses.Add($"{arg.Name}: ${arg.Name}");
            variables[arg.Name] = arg.Name == slot.Path[0] ? Place(schema, arg.Type, slot.Path, 1, value) : Benign(schema, arg.Type);
        }

        return ($"{slot.Operation} Hostile({string.Join(", ", declarations)}) {{ {slot.Field.Name}({string.Join(", ", uses)}){schema.SelectionFor(slot.Field.Type)} }}", variables);
    }

    /// <summary>Every argument written inline; the slot holds <paramref name="literal"/> exactly as given (it may not even parse).</summary>
    public static string WithLiteral(SchemaModel schema, ArgumentSlot slot, string literal)
    {
        var uses = Arguments(slot).Select(arg => arg.Name + ": " + (arg.Name == slot.Path[0]
            ? Literal(schema, arg.Type, Place(schema, arg.Type, slot.Path, 1, JsonValue.Create(Marker))).Replace(Quote(Marker), literal, StringComparison.Ordinal)
            : Literal(schema, arg.Type, Benign(schema, arg.Type))));
        return $"{(slot.Operation == "query" ? string.Empty : slot.Operation + " ")}{{ {slot.Field.Name}({string.Join(", ", uses)}){schema.SelectionFor(slot.Field.Type)} }}";
    }

    /// <summary>A GraphQL string literal: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                < ' ' => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static IEnumerable<InputValue> Arguments(ArgumentSlot slot) =>
        slot.Field.Args.Where(a => a.Name == slot.Path[0] || (a.Type.IsNonNull && a.DefaultValue is null));

    private static void Collect(SchemaModel schema, FieldInfo field, List<string> path, TypeRef type, string[] scalars, List<ArgumentSlot> slots)
    {
        var named = schema.Types[type.NamedType];
        if (named.Kind == "INPUT_OBJECT" && path.Count < 4)
        {
            foreach (var inner in named.InputFields)
            {
                Collect(schema, field, [.. path, inner.Name], inner.Type, scalars, slots);
            }
        }
        else if (scalars.Contains(named.Name))
        {
            slots.Add(new ArgumentSlot(field, path, named.Name));
        }
    }

    private static JsonNode? Place(SchemaModel schema, TypeRef type, IReadOnlyList<string> path, int depth, JsonNode? value)
    {
        if (type.IsNonNull)
        {
            return Place(schema, type.OfType!, path, depth, value);
        }

        if (type.Kind == "LIST")
        {
            return new JsonArray(Place(schema, type.OfType!, path, depth, value));
        }

        if (depth == path.Count)
        {
            return value;
        }

        var input = (JsonObject)Benign(schema, type)!;
        var field = schema.Types[type.Name!].InputFields.Single(f => f.Name == path[depth]);
        input[field.Name] = Place(schema, field.Type, path, depth + 1, value);
        return input;
    }

    private static JsonNode? Benign(SchemaModel schema, TypeRef type) => type.Kind switch
    {
        "NON_NULL" => Benign(schema, type.OfType!),
        "LIST" => new JsonArray(Benign(schema, type.OfType!)),
        _ => schema.Types[type.Name!] switch
        {
            { Kind: "ENUM" } e => JsonValue.Create(e.EnumValues[0]),
            { Kind: "INPUT_OBJECT" } input => new JsonObject(input.InputFields
                .Where(f => f.Type.IsNonNull && f.DefaultValue is null)
                .Select(f => KeyValuePair.Create(f.Name, Benign(schema, f.Type)))),
            { Name: "Int" } => JsonValue.Create(5),
            { Name: "Float" } => JsonValue.Create(1.5),
            { Name: "Boolean" } => JsonValue.Create(true),
            { Name: "ID" } => JsonValue.Create("lab:amrc"),
            _ => JsonValue.Create("robotics"),
        },
    };

    private static string Literal(SchemaModel schema, TypeRef type, JsonNode? value)
    {
        var unwrapped = type.IsNonNull ? type.OfType! : type;
        return value switch
        {
            null => "null",
            JsonArray list => "[" + string.Join(", ", list.Select(item => Literal(schema, unwrapped.OfType!, item))) + "]",
            JsonObject input => "{" + string.Join(", ", input.Select(p =>
                p.Key + ": " + Literal(schema, schema.Types[unwrapped.Name!].InputFields.Single(f => f.Name == p.Key).Type, p.Value))) + "}",
            _ when value.GetValueKind() == System.Text.Json.JsonValueKind.String =>
                schema.Types[unwrapped.NamedType].Kind == "ENUM" ? value.GetValue<string>() : Quote(value.GetValue<string>()),
            _ => value.ToJsonString(),
        };
    }
}
