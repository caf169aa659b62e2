using System.Buffers;
using System.Text.Json;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>Writes the JSON body of a Query API request.</summary>
internal static class QueryRequestBody
{
    /// <param name="statement">The statement to run, or null for a bare commit or an empty transaction open.</param>
    /// <param name="accessMode">Sent on implicit requests and on the request that opens a transaction; null on follow-ups.</param>
    /// <param name="bookmarks">Sent with <paramref name="accessMode"/>, so the server waits until this client's earlier writes are visible.</param>
    public static byte[] Write(QueryStatement? statement, AccessMode? accessMode, IReadOnlyCollection<string> bookmarks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Cypher);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in statement.Parameters ?? new Dictionary<string, object?>())
                {
                    writer.WritePropertyName(name);
                    TypedJsonWriter.Write(writer, value);
                }

                writer.WriteEndObject();
                if (statement.IncludeCounters)
                {
                    writer.WriteBoolean("includeCounters", true);
                }
            }

            if (accessMode is { } mode)
            {
                writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
                if (bookmarks.Count > 0)
                {
                    writer.WriteStartArray("bookmarks");
                    foreach (var bookmark in bookmarks)
                    {
                        writer.WriteStringValue(bookmark);
                    }

                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
