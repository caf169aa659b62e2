using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// Writes interchange lines (one compact JSON object and '\n' each) into a reusable buffer and hands it to the
/// output stream in large blocks, counting what it wrote. Single-threaded.
/// </summary>
internal sealed class GraphLineWriter : IDisposable
{
    private const int FlushThreshold = 256 * 1024;

    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText NodeType = JsonEncodedText.Encode("node");
    private static readonly JsonEncodedText RelationshipType = JsonEncodedText.Encode("relationship");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LabelsName = JsonEncodedText.Encode("labels");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText PropertiesName = JsonEncodedText.Encode("properties");

    private readonly Stream _output;
    private readonly IProgress<long>? _progress;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold + (64 * 1024));
    private readonly Utf8JsonWriter _json;
    private long _bytes;

    public GraphLineWriter(Stream output, IProgress<long>? progress)
    {
        _output = output;
        _progress = progress;
        // Relaxed escaping keeps names such as "Tyne & Wear" and "Inner London – West" readable; the lines are
        // data files, never embedded in HTML.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    public long Nodes { get; private set; }

    public long Relationships { get; private set; }

    public bool ShouldFlush => _buffer.WrittenCount >= FlushThreshold;

    /// <summary>Starts a node line and returns the JSON writer positioned inside its properties object.</summary>
    public Utf8JsonWriter BeginNode(NodeRef id, JsonEncodedText label)
    {
        _json.WriteStartObject();
        _json.WriteString(TypeName, NodeType);
        WriteId(IdName, id);
        _json.WriteStartArray(LabelsName);
        _json.WriteStringValue(label);
        _json.WriteEndArray();
        _json.WriteStartObject(PropertiesName);
        return _json;
    }

    public void EndNode()
    {
        EndLine();
        Nodes++;
    }

    /// <summary>Starts a relationship line and returns the JSON writer positioned inside its properties object.</summary>
    public Utf8JsonWriter BeginRelationship(JsonEncodedText type, NodeRef start, NodeRef end)
    {
        _json.WriteStartObject();
        _json.WriteString(TypeName, RelationshipType);
        _json.WriteString(LabelName, type);
        _json.WriteStartObject(StartName);
        WriteId(IdName, start);
        _json.WriteEndObject();
        _json.WriteStartObject(EndName);
        WriteId(IdName, end);
        _json.WriteEndObject();
        _json.WriteStartObject(PropertiesName);
        return _json;
    }

    public void EndRelationship()
    {
        EndLine();
        Relationships++;
    }

    /// <summary>A relationship without properties.</summary>
    public void Relationship(JsonEncodedText type, NodeRef start, NodeRef end)
    {
        BeginRelationship(type, start, end);
        EndRelationship();
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
        _bytes += _buffer.WrittenCount;
        _buffer.ResetWrittenCount();
        _progress?.Report(Nodes + Relationships);
    }

    public async Task<GenerationSummary> CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _output.FlushAsync(cancellationToken);
        return new GenerationSummary(Nodes, Relationships, Nodes + Relationships, _bytes);
    }

    public void Dispose() => _json.Dispose();

    private void WriteId(JsonEncodedText name, NodeRef id)
    {
        Span<byte> text = stackalloc byte[NodeRef.MaxIdBytes];
        _json.WriteString(name, text[..id.Format(text)]);
    }

    private void EndLine()
    {
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        // Reset clears the writer's "a value was written" state, so the next line starts without a comma.
        _json.Reset(_buffer);
    }
}
