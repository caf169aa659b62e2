using Lucene.Net.Store;

namespace InnovationNetwork.Search.Storage;

/// <summary>
/// An <see cref="NIOFSDirectory"/> whose files are held in memory once opened for searching. Profiling the
/// 1M-document search put about two thirds of its time in <see cref="NIOFSDirectory"/>'s reads (a locked
/// positional read through a byte-buffer adapter for every 1 KB refill); memory mapping would avoid that but
/// crashes under concurrent search in this Lucene.Net beta (apache/lucenenet#1013). Index files never change
/// once written, so each is read whole into one array the first time a reader opens it and every clone and
/// slice reads that array; the garbage collector frees it when the last reader lets go, so there is nothing
/// to unmap under a searching thread. Flushes and merges read as before, streaming.
/// </summary>
public sealed class ResidentReadDirectory(DirectoryInfo folder) : NIOFSDirectory(folder)
{
    /// <summary>Larger files (over 1 GiB: beyond any segment this service builds) stay on disk.</summary>
    private const long MaxResidentBytes = 1L << 30;

    public override IndexInput OpenInput(string name, IOContext context) =>
        Resident(name, context) ? new ResidentIndexInput(name, ReadWhole(name), 0, FileLength(name)) : base.OpenInput(name, context);

    /// <summary>Compound files are read through slices: slices of the one in-memory copy.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        Resident(name, context) ? new ResidentSlicer(name, ReadWhole(name)) : base.CreateSlicer(name, context);

    /// <summary>
    /// Only reads for searching: flushes and merges read a file once to copy it (into a compound file or a
    /// merged segment), and holding it in memory then would only make garbage.
    /// </summary>
    private bool Resident(string name, IOContext context) =>
        context.Context == IOContext.UsageContext.READ && !context.ReadOnce && FileLength(name) <= MaxResidentBytes;

    private byte[] ReadWhole(string name)
    {
        EnsureOpen();
        return File.ReadAllBytes(Path.Combine(Directory.FullName, name));
    }

    private sealed class ResidentSlicer(string name, byte[] bytes) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new ResidentIndexInput($"{name} [slice={sliceDescription}]", bytes, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => new ResidentIndexInput(name, bytes, 0, bytes.LongLength);

        protected override void Dispose(bool disposing)
        {
            // Nothing to release: the array lives while a slice refers to it.
        }
    }
}
