using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>Writes the whole graph in the interchange format: every node, then every relationship, each with its provenance.</summary>
public static class GraphExporter
{
    // Provenance is read for a batch of elements at once: one store call per batch instead of one per line.
    private const int StampBatch = 1_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>Streams the store to <paramref name="output"/>; returns the number of lines written.</summary>
    public static async Task<long> ExportAsync(IGraphStore store, Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        long lines = 0;
        await using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            await foreach (var batch in store.ReadAllNodesAsync(cancellationToken).Chunk(StampBatch, cancellationToken))
            {
                var stamps = (await store.GetNodeStampsAsync(batch.ConvertAll(n => n.Id), cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
                foreach (var node in batch)
                {
                    WriteNode(writer, node, stamps.GetValueOrDefault(node.Id)?.Provenance);
                    lines = await EndLineAsync(writer, output, lines, progress, cancellationToken);
                }
            }

            await foreach (var batch in store.ReadAllRelationshipsAsync(cancellationToken).Chunk(StampBatch, cancellationToken))
            {
                var stamps = (await store.GetRelationshipStampsAsync(batch.ConvertAll(r => r.Key), cancellationToken)).ToDictionary(s => s.Key);
                foreach (var relationship in batch)
                {
                    WriteRelationship(writer, relationship, stamps.GetValueOrDefault(relationship.Key)?.Provenance);
                    lines = await EndLineAsync(writer, output, lines, progress, cancellationToken);
                }
            }
        }

        await output.FlushAsync(cancellationToken);
        progress?.Report(lines);
        return lines;
    }

    public static void WriteNode(Utf8JsonWriter writer, GraphNode node, Provenance? provenance = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "node");
        writer.WriteString("id", node.Id);
        writer.WriteStartArray("labels");
        writer.WriteStringValue(node.Label);
        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        node.Properties.Element.WriteTo(writer);
        if (provenance is not null)
        {
            ProvenanceJson.Write(writer, provenance);
        }

        writer.WriteEndObject();
    }

    public static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship, Provenance? provenance = null)
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
        if (provenance is not null)
        {
            ProvenanceJson.Write(writer, provenance);
        }

        writer.WriteEndObject();
    }

    private static async IAsyncEnumerable<List<T>> Chunk<T>(
        this IAsyncEnumerable<T> items, int size, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<T>(size);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            batch.Add(item);
            if (batch.Count == size)
            {
                yield return batch;
                batch = new List<T>(size);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
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
