using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace InnovationNetwork.Search.Indexing;

/// <summary>What a start-up check found in an index folder.</summary>
/// <param name="Problem">Why the index cannot be used as it is, or null when it can.</param>
/// <param name="Sequence">The change sequence its last commit recorded (-1 when unknown).</param>
public sealed record IndexInspection(string? Problem, long Sequence)
{
    public bool Usable => Problem is null;

    /// <summary>
    /// Opens the folder's last commit read-only and verifies every segment's checksums, the document format
    /// and the recorded sequence. Released Lucene.Net betas can lose a commit on a crash, so nothing about
    /// an index on disk is trusted without this check.
    /// </summary>
    public static IndexInspection Of(string? folder)
    {
        if (folder is null)
        {
            return new IndexInspection("there is no index yet", -1);
        }

        try
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
            if (!DirectoryReader.IndexExists(directory))
            {
                return new IndexInspection("the index folder holds no committed index", -1);
            }

            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }

            var data = reader.IndexCommit.UserData;
            var sequence = LuceneIndex.ReadSequence(data);
            if (!data.TryGetValue(SearchFields.FormatCommitKey, out var format) || format != SearchFields.FormatVersion)
            {
                return new IndexInspection($"the index was built in format {format ?? "unknown"}; this version uses format {SearchFields.FormatVersion}", sequence);
            }

            return sequence < 0 ? new IndexInspection("the index does not record which store change it reflects", -1) : new IndexInspection(null, sequence);
        }
#pragma warning disable CA1031 // Any failure to read the index (corrupt files, wrong codec, I/O) means the same thing: rebuild it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new IndexInspection($"the index cannot be read: {e.GetType().Name}: {e.Message}", -1);
        }
    }
}
