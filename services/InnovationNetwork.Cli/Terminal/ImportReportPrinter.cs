using System.Globalization;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Cli.Terminal;

/// <summary>Prints an import report: a summary on stdout, every listed error on stderr.</summary>
internal static class ImportReportPrinter
{
    public static void Print(ImportReport report)
    {
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine($"error: {error}");
        }

        if (report.ErrorCount > report.Errors.Count)
        {
            Console.Error.WriteLine($"... and {report.ErrorCount - report.Errors.Count} more errors not listed.");
        }

        var outcome = report switch
        {
            { DryRun: true, Succeeded: true } => "valid: nothing was written (dry run)",
            { DryRun: true } => $"invalid: {report.ErrorCount} errors (dry run, nothing was written)",
            { Applied: true, Succeeded: true } => "imported",
            { Applied: true } => $"imported the valid lines; skipped {report.ErrorCount} invalid",
            _ => $"nothing was imported: {report.ErrorCount} errors (the import is all-or-nothing; fix them or use --skip-invalid)",
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome}. {report.Lines:N0} lines in {report.Elapsed.TotalSeconds:0.0} s ({report.LinesPerSecond:N0} lines/s): " +
            $"{report.NodesWritten:N0} nodes written, {report.NodesUnchanged:N0} unchanged; " +
            $"{report.RelationshipsWritten:N0} relationships written, {report.RelationshipsUnchanged:N0} unchanged."));
    }
}
