using System.CommandLine;

namespace InnovationNetwork.Cli.Commands;

/// <summary>The command tree of <c>innovation-network</c>.</summary>
public static class CliApplication
{
    public static RootCommand Build()
    {
        var root = new RootCommand("InnovationNetwork: validate, import and export the UK innovation graph, load the seed, generate test data, rebuild the search index, manage API keys.");
        root.Options.Add(CommonOptions.DataDirectory);
        root.Options.Add(CommonOptions.Progress);
        root.Subcommands.Add(ImportCommands.Validate());
        root.Subcommands.Add(ImportCommands.Import());
        root.Subcommands.Add(ImportCommands.Seed());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        return root;
    }
}
