using System.Globalization;
using System.Text.Json;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>
/// The optional <c>provenance</c> key of an interchange line:
/// <c>{"created": {"at": "2026-01-31T09:00:00.000Z", "by": "cli", "source": "seed"}, "updated": {…}}</c>.
/// Export writes it on every line; an import that finds it keeps it, so export → import restores history too.
/// </summary>
internal static class ProvenanceJson
{
    private const int MaxTextLength = 200;

    public static void Write(Utf8JsonWriter writer, Provenance provenance)
    {
        writer.WriteStartObject("provenance");
        WriteOrigin(writer, "created", provenance.Created);
        WriteOrigin(writer, "updated", provenance.Updated);
        writer.WriteEndObject();
    }

    /// <summary>Reads the line's provenance; null when the line has none or it is invalid (the problems say why).</summary>
    public static Provenance? Read(JsonElement root, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("provenance", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("provenance", "when given, must be an object with \"created\" and \"updated\""));
            return null;
        }

        var created = ReadOrigin(element, "created", problems);
        var updated = ReadOrigin(element, "updated", problems);
        return created is not null && updated is not null ? new Provenance(created, updated) : null;
    }

    private static void WriteOrigin(Utf8JsonWriter writer, string name, WriteOrigin origin)
    {
        writer.WriteStartObject(name);
        writer.WriteString("at", origin.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("by", origin.Actor);
        writer.WriteString("source", origin.Source);
        writer.WriteEndObject();
    }

    private static WriteOrigin? ReadOrigin(JsonElement provenance, string name, List<ValidationProblem> problems)
    {
        var path = $"provenance.{name}";
        if (!provenance.TryGetProperty(name, out var origin) || origin.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, "is required and must be an object with \"at\", \"by\" and \"source\""));
            return null;
        }

        var at = Text(origin, "at", path, problems);
        var by = Text(origin, "by", path, problems);
        var source = Text(origin, "source", path, problems);
        if (at is null || by is null || source is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            problems.Add(new($"{path}.at", $"'{at}' is not a date and time; use ISO 8601, e.g. 2026-01-31T09:00:00Z"));
            return null;
        }

        return new WriteOrigin(by, source, DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds()));
    }

    private static string? Text(JsonElement origin, string key, string path, List<ValidationProblem> problems)
    {
        if (origin.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 and <= MaxTextLength } text && !text.Any(char.IsControl))
        {
            return text;
        }

        problems.Add(new($"{path}.{key}", $"is required: a string of 1–{MaxTextLength} characters with no control characters"));
        return null;
    }
}
