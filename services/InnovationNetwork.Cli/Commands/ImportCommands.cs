using System.CommandLine;
using InnovationNetwork.Cli.Terminal;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>validate</c>, <c>import</c> and <c>seed</c>: the three ways data comes in, sharing one importer.</summary>
internal static class ImportCommands
{
    private static readonly Argument<FileInfo[]> Files = new("files")
    {
        Description = "Interchange files (JSON Lines), imported in order as one transaction.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<int> MaxErrors = new("--max-errors")
    {
        Description = "How many errors to list in full; the rest are counted.",
        DefaultValueFactory = _ => 100,
    };

    public static Command Validate()
    {
        var command = new Command("validate", "Check files against the schema and the store without writing anything.") { Files, MaxErrors };
        command.SetAction((parse, ct) => RunAsync(parse, Sources(parse), new ImportOptions { DryRun = true, MaxListedErrors = parse.GetValue(MaxErrors) }, ct));
        return command;
    }

    public static Command Import()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate against the store, then roll back." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Apply the valid lines even if some are invalid (default: all-or-nothing)." };
        var command = new Command("import", "Import interchange files into the store, all-or-nothing.") { Files, MaxErrors, dryRun, skipInvalid };
        command.SetAction((parse, ct) => RunAsync(
            parse,
            Sources(parse),
            new ImportOptions
            {
                DryRun = parse.GetValue(dryRun),
                SkipInvalidLines = parse.GetValue(skipInvalid),
                MaxListedErrors = parse.GetValue(MaxErrors),
                Origin = CliOrigin("import:" + string.Join(",", parse.GetValue(Files)!.Select(f => f.Name))),
            },
            ct));
        return command;
    }

    public static Command Seed()
    {
        var directory = new Option<DirectoryInfo>("--seed-dir")
        {
            Description = "Folder of seed files (default: the seed folder shipped with the tool).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "seed")),
        };
        var command = new Command("seed", "Load the seed data (UK regions, labs, funders, skills and demo records). Safe to repeat.") { directory };
        command.SetAction((parse, ct) => RunAsync(parse, SeedLoader.FindSources(parse.GetValue(directory)!.FullName), new ImportOptions { Origin = CliOrigin("seed") }, ct));
        return command;
    }

    // The CLI runs on the operator's machine with direct access to the store: "cli" names that channel.
    private static WriteOrigin CliOrigin(string source) => WriteOrigin.Now("cli", source);

    private static IReadOnlyList<ImportSource> Sources(ParseResult parse) =>
        [.. parse.GetValue(Files)!.Select(f => f.Exists ? ImportSource.FromFile(f.FullName) : throw new FileNotFoundException($"No such file: {f.FullName}"))];

    private static async Task<int> RunAsync(ParseResult parse, IReadOnlyList<ImportSource> sources, ImportOptions options, CancellationToken cancellationToken)
    {
        await using var store = await CommonOptions.OpenStoreAsync(parse, cancellationToken);
        if (store is null)
        {
            return CommonOptions.StoreUnavailable;
        }

        ImportReport report;
        using (var progress = CommonOptions.ProgressFor(parse, options.DryRun ? "validated" : "imported"))
        {
            report = await new GraphImporter(store, GraphSchema.Default).ImportAsync(sources, options, progress, cancellationToken);
        }

        ImportReportPrinter.Print(report);
        return report.Succeeded ? CommonOptions.Success : CommonOptions.InvalidInput;
    }
}
