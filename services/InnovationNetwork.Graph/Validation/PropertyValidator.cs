using System.Globalization;
using System.Text.Json;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Graph.Validation;

/// <summary>Checks property values against their schema definitions: presence, JSON type, allowed values and ranges.</summary>
public static class PropertyValidator
{
    /// <summary>Validates every property of an object; returns all problems, not just the first.</summary>
    /// <param name="owner">The label or relationship type that declares the properties.</param>
    /// <param name="properties">A JSON object.</param>
    /// <param name="path">The path of the object in the input, e.g. <c>properties</c>.</param>
    public static List<ValidationProblem> Validate(IPropertySchema owner, JsonElement properties, string path = "properties")
    {
        var definitions = owner.Properties;
        var problems = new List<ValidationProblem>();
        if (properties.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, $"must be a JSON object, not {Describe(properties)}"));
            return problems;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var definition = owner.FindProperty(property.Name);
            if (definition is null)
            {
                var allowed = definitions.Count == 0 ? "none" : string.Join(", ", definitions.Select(d => d.Name));
                problems.Add(new($"{path}.{property.Name}", $"unknown property for {owner.Name} (allowed: {allowed})"));
                continue;
            }

            if (CheckValue(definition, property.Value) is { } message)
            {
                problems.Add(new($"{path}.{property.Name}", message));
            }
        }

        foreach (var definition in definitions)
        {
            var present = properties.TryGetProperty(definition.Name, out var value);
            if (definition.Required && !present)
            {
                problems.Add(new($"{path}.{definition.Name}", $"is required on {owner.Name}"));
            }

            if (present && definition.NotBefore is { } other && properties.TryGetProperty(other, out var otherValue)
                && value.ValueKind == JsonValueKind.String && otherValue.ValueKind == JsonValueKind.String
                && string.CompareOrdinal(value.GetString(), otherValue.GetString()) < 0)
            {
                problems.Add(new($"{path}.{definition.Name}", $"must not be before {other} ({otherValue.GetString()})"));
            }
        }

        return problems;
    }

    /// <summary>Returns why a single value does not fit its definition, or null when it does.</summary>
    public static string? CheckValue(PropertyDefinition definition, JsonElement value) => definition.Type switch
    {
        _ when value.ValueKind == JsonValueKind.Null => "must not be null (omit the property instead)",
        PropertyType.String => CheckString(definition, value),
        PropertyType.Integer => CheckInteger(definition, value),
        PropertyType.Number => CheckNumber(definition, value),
        PropertyType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"must be true or false, not {Describe(value)}",
        PropertyType.Date => CheckDate(value),
        PropertyType.StringList => CheckStringList(definition, value),
        _ => $"has an unsupported type {definition.Type}",
    };

    private static string? CheckString(PropertyDefinition definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return $"must be a string, not {Describe(value)}";
        }

        var text = value.GetString()!;
        if (definition.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
        {
            return $"'{Shorten(text)}' is not one of: {string.Join(", ", allowed)}";
        }

        if (definition.Format == "url" && !IsWebAddress(text))
        {
            return $"'{Shorten(text)}' is not an absolute http or https address";
        }

        if (definition.Format == "email" && !EmailAddress.IsValid(text))
        {
            return $"'{Shorten(text)}' is not an email address (name@example.org)";
        }

        return CheckLength(definition, text);
    }

    private static string? CheckLength(PropertyDefinition definition, string text)
    {
        if (text.Length == 0)
        {
            return "must not be empty";
        }

        return definition.MaxLength is { } max && text.Length > max
            ? $"is {text.Length} characters long; the maximum is {max}"
            : null;
    }

    private static string? CheckInteger(PropertyDefinition definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return $"must be a whole number, not {Describe(value)}";
        }

        return value.TryGetInt64(out var number)
            ? CheckRange(definition, number)
            : $"must be a whole number, not {value.GetRawText()}";
    }

    private static string? CheckNumber(PropertyDefinition definition, JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? CheckRange(definition, value.GetDouble()) : $"must be a number, not {Describe(value)}";

    private static string? CheckRange(PropertyDefinition definition, double number)
    {
        if (double.IsInfinity(number) || double.IsNaN(number))
        {
            return "must be a finite number";
        }

        if ((definition.Min is { } min && number < min) || (definition.Max is { } max && number > max))
        {
            return $"{Format(number)} is out of range {Format(definition.Min)}–{Format(definition.Max)}";
        }

        return null;
    }

    private static string? CheckDate(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"must be a date written yyyy-mm-dd, not {Describe(value)}";

    private static string? CheckStringList(PropertyDefinition definition, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return $"must be a list of strings, not {Describe(value)}";
        }

        var count = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return $"item {count} must be a string, not {Describe(item)}";
            }

            if (CheckLength(definition, item.GetString()!) is { } problem)
            {
                return $"item {count} {problem}";
            }

            count++;
        }

        return definition.MaxItems is { } max && count > max ? $"has {count} items; the maximum is {max}" : null;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static string Format(double? number) => number is { } n ? n.ToString("0.###", CultureInfo.InvariantCulture) : "∞";
}
