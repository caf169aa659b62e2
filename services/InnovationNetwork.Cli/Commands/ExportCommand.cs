using System.CommandLine;
using InnovationNetwork.Cli.Terminal;
using InnovationNetwork.Graph.Interchange;

namespace InnovationNetwork.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the graph (JSON Lines); '-' writes to standard output." };
        var command = new Command("export", "Export the whole graph in the interchange format.") { file };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CommonOptions.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return CommonOptions.StoreUnavailable;
            }

            var path = parse.GetValue(file)!;
            var temporary = path == "-" ? null : path + ".partial";
            long lines;
            await using (var output = temporary is null ? Console.OpenStandardOutput() : new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var progress = CommonOptions.ProgressFor(parse, "exported"))
            {
                lines = await GraphExporter.ExportAsync(store, output, progress, ct);
            }

            // Written beside the target and renamed at the end, so an interrupted export never leaves a truncated file behind.
            if (temporary is not null)
            {
                File.Move(temporary, path, overwrite: true);
                Console.Error.WriteLine($"exported {lines:N0} lines to {path}");
            }

            return CommonOptions.Success;
        });
        return command;
    }
}
