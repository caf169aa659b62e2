using System.Text.Json;
using System.Text.Unicode;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>
/// Parses one line of the interchange format and checks it against the schema: JSON syntax, shape, known
/// label or type, and every property. Endpoint existence needs the store and is checked by the importer.
/// </summary>
public static class InterchangeParser
{
    private static readonly string[] NodeKeys = ["type", "id", "labels", "properties", "provenance"];
    private static readonly string[] RelationshipKeys = ["type", "id", "label", "start", "end", "properties", "provenance"];

    /// <summary>Returns the record, or null with the reasons added to <paramref name="problems"/>.</summary>
    public static InterchangeRecord? Parse(ReadOnlyMemory<byte> line, GraphSchema schema, List<ValidationProblem> problems)
    {
        if (!Utf8.IsValid(line.Span))
        {
            // The JSON reader only checks encoding when a string is decoded; refuse the line up front instead.
            problems.Add(new(string.Empty, "not valid UTF-8: the file must be encoded as UTF-8"));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            problems.Add(new(string.Empty, $"not valid JSON: {DescribeJsonError(e)}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(string.Empty, "each line must be a JSON object with \"type\": \"node\" or \"relationship\""));
                return null;
            }

            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return type switch
            {
                "node" => ParseNode(root, schema, problems),
                "relationship" => ParseRelationship(root, schema, problems),
                _ => Fail(problems, "type", "must be \"node\" or \"relationship\""),
            };
        }
    }

    private static NodeRecord? ParseNode(JsonElement root, GraphSchema schema, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        CheckKeys(root, NodeKeys, problems);
        var id = ReadId(root, "id", schema, problems);
        string? label = null;
        if (!root.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Array || labels.GetArrayLength() != 1
            || labels[0].ValueKind != JsonValueKind.String)
        {
            problems.Add(new("labels", "must be a list with exactly one label, e.g. [\"Lab\"]"));
        }
        else if (schema.FindLabel(labels[0].GetString()!) is not { } definition)
        {
            problems.Add(new("labels", $"unknown label '{labels[0].GetString()}' (known: {string.Join(", ", schema.Labels.Select(l => l.Name))})"));
        }
        else
        {
            label = definition.Name;
            problems.AddRange(PropertyValidator.Validate(definition, PropertiesOf(root)));
        }

        var provenance = ProvenanceJson.Read(root, problems);
        return problems.Count == before ? new NodeRecord(new GraphNode(id!, label!, ToMap(PropertiesOf(root))), provenance) : null;
    }

    private static RelationshipRecord? ParseRelationship(JsonElement root, GraphSchema schema, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        CheckKeys(root, RelationshipKeys, problems);
        var (startId, startLabel) = ReadEndpoint(root, "start", schema, problems);
        var (endId, endLabel) = ReadEndpoint(root, "end", schema, problems);
        string? type = null;
        if (!root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String)
        {
            problems.Add(new("label", "must name the relationship type, e.g. \"LOCATED_IN\""));
        }
        else if (schema.FindRelationshipType(label.GetString()!) is not { } definition)
        {
            problems.Add(new("label", $"unknown relationship type '{label.GetString()}' (known: {string.Join(", ", schema.RelationshipTypes.Select(r => r.Name))})"));
        }
        else
        {
            type = definition.Name;
            problems.AddRange(PropertyValidator.Validate(definition, PropertiesOf(root)));
            if (startId is not null && startId == endId && !definition.Directed)
            {
                problems.Add(new("end", $"a {type} relationship cannot join a node to itself"));
            }
        }

        var provenance = ProvenanceJson.Read(root, problems);
        if (problems.Count != before)
        {
            return null;
        }

        var relationship = new GraphRelationship(startId!, type!, endId!, ToMap(PropertiesOf(root)));
        return new RelationshipRecord(relationship, startLabel, endLabel, provenance);
    }

    private static (string? Id, string? Label) ReadEndpoint(JsonElement root, string name, GraphSchema schema, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty(name, out var endpoint) || endpoint.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(name, $"must be an object naming the node, e.g. {{\"id\": \"lab:amrc\"}}"));
            return (null, null);
        }

        var id = ReadId(endpoint, "id", schema, problems, name + ".id");
        string? label = null;
        if (endpoint.TryGetProperty("labels", out var labels))
        {
            if (labels.ValueKind != JsonValueKind.Array || labels.GetArrayLength() != 1 || labels[0].ValueKind != JsonValueKind.String)
            {
                problems.Add(new(name + ".labels", "when given, must be a list with exactly one label"));
            }
            else
            {
                label = labels[0].GetString();
            }
        }

        return (id, label);
    }

    private static string? ReadId(JsonElement owner, string property, GraphSchema schema, List<ValidationProblem> problems, string? path = null)
    {
        path ??= property;
        if (!owner.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new(path, "is required and must be a string, e.g. \"lab:amrc\""));
            return null;
        }

        var id = value.GetString()!;
        if (schema.CheckId(id) is { } problem)
        {
            problems.Add(new(path, problem));
            return null;
        }

        return id;
    }

    // Most relationships carry no properties: share one empty map instead of cloning an empty object per line.
    private static PropertyMap ToMap(JsonElement properties) =>
        properties.GetPropertyCount() == 0 ? PropertyMap.Empty : PropertyMap.FromElement(properties);

    private static JsonElement PropertiesOf(JsonElement root) =>
        root.TryGetProperty("properties", out var properties) ? properties : EmptyObject;

    private static void CheckKeys(JsonElement root, string[] allowed, List<ValidationProblem> problems)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add(new(property.Name, $"unknown key (allowed: {string.Join(", ", allowed)})"));
            }
        }
    }

    private static InterchangeRecord? Fail(List<ValidationProblem> problems, string path, string message)
    {
        problems.Add(new(path, message));
        return null;
    }

    private static string DescribeJsonError(JsonException e)
    {
        var position = e.BytePositionInLine is { } column ? $" at byte {column + 1}" : string.Empty;
        var message = e.Message;
        foreach (var marker in (string[])[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
        }

        return message.TrimEnd('.', ' ') + position;
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
