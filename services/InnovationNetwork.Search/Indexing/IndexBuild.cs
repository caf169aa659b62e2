using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Search.Indexing;

/// <summary>A whole rebuild: into a fresh folder, committed, then swapped in as the current index.</summary>
public static class IndexBuild
{
    /// <summary>Builds and swaps in a new index; returns it open, reflecting the returned change sequence.</summary>
    public static async Task<LuceneIndex> RebuildAsync(
        IGraphStore store, IndexFolders folders, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = folders.CreateFresh();
        var index = LuceneIndex.Open(folder);
        try
        {
            await IndexRebuilder.BuildAsync(store, index, progress, cancellationToken);
        }
        catch
        {
            index.Dispose();
            folders.DeleteAllExcept(folders.Current);
            throw;
        }

        folders.MakeCurrent(folder);
        index.Refresh();
        return index;
    }
}
