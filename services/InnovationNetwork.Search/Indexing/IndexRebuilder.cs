using System.Runtime.CompilerServices;
using System.Threading.Channels;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Documents;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// Builds an index from scratch. Reads the links that give documents their context in one scan of all
/// relationships, and skill and region names up front, then streams every node: documents are built on
/// one thread and written to Lucene on two (IndexWriter takes concurrent adds). Records the store's change
/// sequence read before anything else, so replaying the feed from there afterwards brings the index fully
/// up to date (replaying a change already seen rewrites the same document).
/// </summary>
public static class IndexRebuilder
{
    private const int BatchSize = 1000;
    private const int Writers = 2;

    /// <returns>The change sequence the new index reflects.</returns>
    public static async Task<long> BuildAsync(
        IGraphStore store, LuceneIndex index, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var sequence = await store.GetLastSequenceAsync(cancellationToken);
        var total = (await store.GetStatisticsAsync(cancellationToken)).NodeCount;
        var batches = Channel.CreateBounded<IReadOnlyList<SearchDocument>>(new BoundedChannelOptions(2 * Writers) { SingleWriter = true });
        long done = 0;
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await foreach (var documents in batches.Reader.ReadAllAsync(cancellationToken))
            {
                index.Add(documents);
                progress?.Report(new IndexProgress(Interlocked.Add(ref done, documents.Count), total));
            }
        }, cancellationToken)).ToList();

        try
        {
            var batch = new List<SearchDocument>(BatchSize);
            await foreach (var document in ReadDocumentsAsync(store, cancellationToken))
            {
                batch.Add(document);
                if (batch.Count == BatchSize)
                {
                    await batches.Writer.WriteAsync(batch, cancellationToken);
                    batch = new List<SearchDocument>(BatchSize);
                }
            }

            await batches.Writer.WriteAsync(batch, cancellationToken);
        }
        finally
        {
            batches.Writer.TryComplete();
            await Task.WhenAll(writers);
        }

        index.Commit(sequence);
        return sequence;
    }

    /// <summary>Every node's document, built on the calling thread (the rebuild's producer).</summary>
    public static async IAsyncEnumerable<SearchDocument> ReadDocumentsAsync(IGraphStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var regions = await RegionHierarchy.LoadAsync(store, cancellationToken);
        var skillNames = await SkillNamesAsync(store, cancellationToken);
        var links = await ContextLinksAsync(store, cancellationToken);
        await foreach (var node in store.ReadAllNodesAsync(cancellationToken))
        {
            yield return SearchDocumentBuilder.Build(node, links.GetValueOrDefault(node.Id) ?? [], regions, id => skillNames.GetValueOrDefault(id));
        }
    }

    private static async Task<Dictionary<string, string>> SkillNamesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var skill in store.ListAllAsync("Skill", cancellationToken))
        {
            names[skill.Id] = skill.Properties.GetString("name") ?? skill.Id;
        }

        return names;
    }

    /// <summary>Every node's context links, from one scan of their keys in any order; far ends (skills, regions) are shared strings.</summary>
    private static async Task<Dictionary<string, List<OutgoingLink>>> ContextLinksAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var links = new Dictionary<string, List<OutgoingLink>>(StringComparer.Ordinal);
        var ends = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var key in store.ScanRelationshipKeysAsync(SearchDocumentBuilder.ContextTypes.ToList(), cancellationToken))
        {
            if (!ends.TryGetValue(key.EndId, out var end))
            {
                ends[key.EndId] = end = key.EndId;
            }

            if (!links.TryGetValue(key.StartId, out var list))
            {
                links[key.StartId] = list = new List<OutgoingLink>(4);
            }

            list.Add(new OutgoingLink(key.Type, end));
        }

        return links;
    }
}

/// <summary>Documents written so far out of the nodes the store held when the build started.</summary>
public readonly record struct IndexProgress(long Done, long Total);
