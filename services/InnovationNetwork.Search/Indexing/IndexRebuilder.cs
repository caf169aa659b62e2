using System.Threading.Channels;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Documents;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// Builds an index from scratch: every node of the store, read in batches with their neighbours, turned into
/// documents on one thread and written to Lucene on another. Records the store's change sequence read
/// before the first node, so replaying the feed from there afterwards brings the index fully up to date
/// (replaying a change already seen rewrites the same document).
/// </summary>
public static class IndexRebuilder
{
    private const int BatchSize = 2000;

    /// <returns>The change sequence the new index reflects.</returns>
    public static async Task<long> BuildAsync(
        IGraphStore store, LuceneIndex index, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var sequence = await store.GetLastSequenceAsync(cancellationToken);
        var total = (await store.GetStatisticsAsync(cancellationToken)).NodeCount;
        var regions = await RegionHierarchy.LoadAsync(store, cancellationToken);
        var batches = Channel.CreateBounded<IReadOnlyList<SearchDocument>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(async () =>
        {
            long done = 0;
            await foreach (var documents in batches.Reader.ReadAllAsync(cancellationToken))
            {
                index.Add(documents);
                done += documents.Count;
                progress?.Report(new IndexProgress(done, total));
            }
        }, cancellationToken);

        try
        {
            var batch = new List<GraphNode>(BatchSize);
            await foreach (var node in store.ReadAllNodesAsync(cancellationToken))
            {
                batch.Add(node);
                if (batch.Count == BatchSize)
                {
                    await batches.Writer.WriteAsync(await SearchDocumentBuilder.BuildAsync(store, batch, regions, cancellationToken), cancellationToken);
                    batch = new List<GraphNode>(BatchSize);
                }
            }

            await batches.Writer.WriteAsync(await SearchDocumentBuilder.BuildAsync(store, batch, regions, cancellationToken), cancellationToken);
        }
        finally
        {
            batches.Writer.TryComplete();
            await writing;
        }

        index.Commit(sequence);
        return sequence;
    }
}

/// <summary>Documents written so far out of the nodes the store held when the build started.</summary>
public readonly record struct IndexProgress(long Done, long Total);
