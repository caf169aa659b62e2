using System.Globalization;
using System.Text;

namespace InnovationNetwork.Graph.Schema;

/// <summary>
/// Renders graph-schema/README.md from the schema, so the documentation cannot drift from what the
/// validator enforces (a test compares the committed file with this output).
/// </summary>
public static class SchemaDocumentation
{
    public static string RenderMarkdown(GraphSchema schema)
    {
        var md = new StringBuilder();
        md.AppendLine("# Graph schema").AppendLine()
          .AppendLine("<!-- Generated from schema.json by `innovation-network schema docs`. Do not edit by hand. -->").AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"Schema version {schema.Version}. Every node has a globally unique string `id` (at most {schema.MaxIdLength} characters; recommended form `kind:slug`, e.g. `lab:amrc`) and exactly one label. Properties not listed here are rejected. Relationship identity is (start, type, end): writing the same key again replaces its properties.").AppendLine()
          .AppendLine("## Node labels").AppendLine();
        foreach (var label in schema.Labels)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {label.Name}").AppendLine().AppendLine(label.Description).AppendLine();
            AppendProperties(md, label.Properties);
        }

        md.AppendLine("## Relationship types").AppendLine()
          .AppendLine("| type | from | to | direction | properties | meaning |")
          .AppendLine("|---|---|---|---|---|---|");
        foreach (var type in schema.RelationshipTypes)
        {
            var properties = type.Properties.Count == 0 ? "—" : string.Join(", ", type.Properties.Select(p => $"`{p.Name}`"));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{type.Name}` | {string.Join(", ", type.From)} | {string.Join(", ", type.To)} | {(type.Directed ? "directed" : "undirected (stored once)")} | {properties} | {type.Description} |");
        }

        md.AppendLine();
        foreach (var type in schema.RelationshipTypes.Where(t => t.Properties.Count > 0))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {type.Name} properties").AppendLine();
            AppendProperties(md, type.Properties);
        }

        return md.ToString();
    }

    private static void AppendProperties(StringBuilder md, IReadOnlyList<PropertyDefinition> properties)
    {
        md.AppendLine("| property | type | required | allowed | description |").AppendLine("|---|---|---|---|---|");
        foreach (var p in properties)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{p.Name}` | {TypeName(p.Type)} | {(p.Required ? "yes" : "no")} | {Allowed(p)} | {p.Description} |");
        }

        md.AppendLine();
    }

    private static string TypeName(PropertyType type) => type switch
    {
        PropertyType.StringList => "list of strings",
        PropertyType.Date => "date (yyyy-mm-dd)",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Allowed(PropertyDefinition p)
    {
        var parts = new List<string>();
        if (p.AllowedValues is { } values)
        {
            parts.Add(string.Join(", ", values.Select(v => $"`{v}`")));
        }

        if (p.Min is not null || p.Max is not null)
        {
            parts.Add($"{Number(p.Min) ?? "…"} to {Number(p.Max) ?? "…"}");
        }

        if (p.MaxLength is { } length)
        {
            parts.Add($"≤ {length} chars");
        }

        if (p.MaxItems is { } items)
        {
            parts.Add($"≤ {items} items");
        }

        if (p.Format is { } format)
        {
            parts.Add(format switch { "url" => "http(s) URL", "email" => "email address", _ => format });
        }

        if (p.Visibility is { } visibility)
        {
            parts.Add($"visible to `{visibility}` keys and above only");
        }

        if (p.NotBefore is { } other)
        {
            parts.Add($"not before `{other}`");
        }

        if (p.Default is { } value)
        {
            parts.Add($"default `{(value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture))}`");
        }

        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static string? Number(double? value) => value switch
    {
        null => null,
        >= 1e9 => value.Value.ToString("0.###e0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
