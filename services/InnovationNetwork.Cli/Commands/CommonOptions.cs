using System.CommandLine;
using InnovationNetwork.Cli.Terminal;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Cli.Commands;

/// <summary>Options shared by every command, and the exit codes the CLI promises.</summary>
internal static class CommonOptions
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int StoreUnavailable = 3;

    public static readonly Option<string> DataDirectory = new("--data-dir")
    {
        Description = "Folder of the embedded store (default: $INNOVATIONNETWORK_DATA_DIR, else ./data).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("INNOVATIONNETWORK_DATA_DIR") is { Length: > 0 } dir ? dir : "data",
    };

    public static readonly Option<ProgressMode> Progress = new("--progress")
    {
        Description = "How to show progress on stderr: auto (a live line on a terminal), plain (one line per step, for logs) or none.",
        Recursive = true,
        DefaultValueFactory = _ => ProgressMode.Auto,
    };

    public static ProgressLine ProgressFor(ParseResult parse, string verb, string unit = "lines") => new(verb, parse.GetValue(Progress), unit);

    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static SqliteGraphStore? OpenStore(ParseResult parse)
    {
        try
        {
            return SqliteGraphStore.Open(new EmbeddedStoreOptions { DataDirectory = parse.GetValue(DataDirectory)! });
        }
        catch (GraphStoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
