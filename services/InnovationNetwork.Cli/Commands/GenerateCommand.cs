using System.CommandLine;
using System.Diagnostics;
using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Cli.Terminal;

namespace InnovationNetwork.Cli.Commands;

internal static class GenerateCommand
{
    public static Command Create()
    {
        var organisations = new Option<int>("--orgs") { Description = "Number of organisations (labs, firms, funders).", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same file.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o") { Description = "File to write; '-' (default) writes to standard output.", DefaultValueFactory = _ => "-" };
        var command = new Command("generate", "Write a deterministic synthetic graph in the interchange format, at benchmark scale by default.")
        {
            organisations, seed, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(organisations) is < 10 or > 10_000_000)
            {
                result.AddError("--orgs must be between 10 and 10,000,000.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            GenerationSummary summary;
            await using (var stream = path == "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var progress = CommonOptions.ProgressFor(parse, "generated"))
            {
                summary = await SyntheticGraphGenerator.WriteAsync(stream, new GeneratorOptions(parse.GetValue(organisations), parse.GetValue(seed)), progress, ct);
            }

            Console.Error.WriteLine($"generated {summary.Nodes:N0} nodes and {summary.Relationships:N0} relationships ({summary.Bytes / 1048576.0:N1} MiB) in {clock.Elapsed.TotalSeconds:0.0} s");
            return CommonOptions.Success;
        });
        return command;
    }
}
