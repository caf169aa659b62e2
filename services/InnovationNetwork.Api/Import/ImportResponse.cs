using System.Text.Json.Serialization;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Api.Import;

/// <summary>The JSON report of <c>POST /import</c>: the same figures the CLI prints, and every listed error with its line.</summary>
internal sealed record ImportResponse(
    string Outcome,
    string Source,
    bool Applied,
    bool DryRun,
    long Lines,
    long BytesRead,
    long NodesWritten,
    long NodesUnchanged,
    long RelationshipsWritten,
    long RelationshipsUnchanged,
    long LastSequence,
    long ElapsedMs,
    long LinesPerSecond,
    long ErrorCount,
    IReadOnlyList<ImportError> Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Searchable)
{
    /// <summary>200 when the import was applied or a dry run found nothing wrong; 422 when validation kept it from being applied.</summary>
    [JsonIgnore]
    public int StatusCode => Applied || (DryRun && ErrorCount == 0) ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;

    public static ImportResponse From(ImportReport report, string source, long bytesRead, bool? searchable) => new(
        OutcomeOf(report),
        source,
        report.Applied,
        report.DryRun,
        report.Lines,
        bytesRead,
        report.NodesWritten,
        report.NodesUnchanged,
        report.RelationshipsWritten,
        report.RelationshipsUnchanged,
        report.LastSequence,
        (long)report.Elapsed.TotalMilliseconds,
        (long)report.LinesPerSecond,
        report.ErrorCount,
        report.Errors,
        searchable);

    // Worded like the CLI's summary, with the HTTP option names in the advice.
    private static string OutcomeOf(ImportReport report) => report switch
    {
        { DryRun: true, Succeeded: true } => "valid: nothing was written (dry run)",
        { DryRun: true } => $"invalid: {report.ErrorCount} errors (dry run, nothing was written)",
        { Applied: true, Succeeded: true } => "imported",
        { Applied: true } => $"imported the valid lines; skipped the invalid ones ({report.ErrorCount} errors)",
        _ => $"nothing was imported: {report.ErrorCount} errors (the import is all-or-nothing; fix them or send skipInvalidLines=true)",
    };
}
