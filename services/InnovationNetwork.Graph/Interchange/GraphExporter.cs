using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>Writes the whole graph in the interchange format: every node, then every relationship.</summary>
public static class GraphExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>Streams the store to <paramref name="output"/>; returns the number of lines written.</summary>
    public static async Task<long> ExportAsync(IGraphStore store, Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        long lines = 0;
        await using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            await foreach (var node in store.ReadAllNodesAsync(cancellationToken))
            {
                WriteNode(writer, node);
                lines = await EndLineAsync(writer, output, lines, progress, cancellationToken);
            }

            await foreach (var relationship in store.ReadAllRelationshipsAsync(cancellationToken))
            {
                WriteRelationship(writer, relationship);
                lines = await EndLineAsync(writer, output, lines, progress, cancellationToken);
            }
        }

        await output.FlushAsync(cancellationToken);
        progress?.Report(lines);
        return lines;
    }

    public static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "node");
        writer.WriteString("id", node.Id);
        writer.WriteStartArray("labels");
        writer.WriteStringValue(node.Label);
        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        node.Properties.Element.WriteTo(writer);
        writer.WriteEndObject();
    }

    public static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "relationship");
        writer.WriteString("label", relationship.Type);
        writer.WriteStartObject("start");
        writer.WriteString("id", relationship.StartId);
        writer.WriteEndObject();
        writer.WriteStartObject("end");
        writer.WriteString("id", relationship.EndId);
        writer.WriteEndObject();
        writer.WritePropertyName("properties");
        relationship.Properties.Element.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static async ValueTask<long> EndLineAsync(Utf8JsonWriter writer, Stream output, long lines, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken);
        output.WriteByte((byte)'\n');
        writer.Reset();
        lines++;
        if (lines % 50_000 == 0)
        {
            progress?.Report(lines);
        }

        return lines;
    }
}
