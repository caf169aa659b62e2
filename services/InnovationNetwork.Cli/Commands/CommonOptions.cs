using System.CommandLine;
using InnovationNetwork.Cli.Terminal;
using InnovationNetwork.Graph.Embedded;
using InnovationNetwork.Graph.Embedded.Sqlite;
using InnovationNetwork.Graph.Neo4j;
using InnovationNetwork.Graph.Neo4j.Store;
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

    /// <summary>
    /// Opens the store, or prints why it cannot be opened and returns null. With INNOVATIONNETWORK_NEO4J_URI set
    /// (and _USER/_PASSWORD or _TOKEN, _DATABASE) that is the Neo4j database, else the embedded store in --data-dir.
    /// </summary>
    public static async Task<IGraphStore?> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        try
        {
            if (Neo4jStoreOptions.FromEnvironment() is not { } neo4j)
            {
                return SqliteGraphStore.Open(new EmbeddedStoreOptions { DataDirectory = parse.GetValue(DataDirectory)! });
            }

            if (neo4j.Problems() is [var first, ..])
            {
                Console.Error.WriteLine($"error: {first}");
                return null;
            }

            return await Neo4jGraphStore.OpenAsync(neo4j, cancellationToken: cancellationToken);
        }
        catch (GraphStoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
