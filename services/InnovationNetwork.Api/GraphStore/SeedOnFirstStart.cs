using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Store;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.GraphStore;

/// <summary>
/// Loads the seed into a store that has never been written to, before the server takes requests
/// (hosted services start before the web server), so the first request already sees the graph.
/// </summary>
internal sealed partial class SeedOnFirstStart(
    IGraphStore store, GraphImporter importer, IOptions<SeedOptions> options, ILogger<SeedOnFirstStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadWhenEmpty)
        {
            return;
        }

        var report = await SeedLoader.LoadIfEmptyAsync(store, importer, options.Value.Directory, cancellationToken: cancellationToken);
        if (report is not null)
        {
            LogSeeded(logger, report.NodesWritten, report.RelationshipsWritten, options.Value.Directory, report.Elapsed.TotalMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: loaded the seed ({Nodes} nodes, {Relationships} relationships) from {Directory} in {Milliseconds:0} ms")]
    private static partial void LogSeeded(ILogger logger, long nodes, long relationships, string directory, double milliseconds);
}
