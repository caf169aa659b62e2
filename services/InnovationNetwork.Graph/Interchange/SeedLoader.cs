using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>Loads the seed files (<c>*.jsonl</c>, in name order, as one transaction) into an empty store.</summary>
public static class SeedLoader
{
    public static IReadOnlyList<ImportSource> FindSources(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).Select(ImportSource.FromFile)]
            : throw new DirectoryNotFoundException($"The seed folder {directory} does not exist.");

    /// <summary>Imports the seed when the store has never been written to; returns null when it was not empty.</summary>
    public static async Task<ImportReport?> LoadIfEmptyAsync(
        IGraphStore store, GraphImporter importer, string directory, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Every committed write advances the sequence, so 0 means "never written"; counting nodes would scan them all.
        if (await store.GetLastSequenceAsync(cancellationToken) > 0)
        {
            return null;
        }

        var report = await importer.ImportAsync(FindSources(directory), new ImportOptions { Origin = WriteOrigin.Now("seed", "seed") }, progress, cancellationToken);
        return report.Succeeded
            ? report
            : throw new GraphStoreException(
                $"The seed in {directory} is invalid ({report.ErrorCount} errors), nothing was loaded. First: {report.Errors[0]}");
    }
}
