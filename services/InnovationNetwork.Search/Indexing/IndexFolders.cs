using System.Globalization;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// The index root holds one or more index folders and a <c>current</c> file naming the one in use. A rebuild
/// writes a fresh folder and then replaces <c>current</c> atomically (write aside, rename), so a crash at
/// any moment leaves either the old index or the new one in use, never a half-built one.
/// </summary>
public sealed class IndexFolders(string root)
{
    private const string PointerFile = "current";
    private const string FolderPrefix = "index-";
    private const string OwnerLockFile = "owner.lock";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder in use, or null when there is none yet (or it has vanished).</summary>
    public string? Current
    {
        get
        {
            var pointer = Path.Combine(Root, PointerFile);
            if (!File.Exists(pointer))
            {
                return null;
            }

            var name = File.ReadAllText(pointer).Trim();
            var folder = Path.Combine(Root, name);
            return name.StartsWith(FolderPrefix, StringComparison.Ordinal) && Directory.Exists(folder) ? folder : null;
        }
    }

    /// <summary>
    /// Claims the index root for this process until the returned handle is disposed, or returns null when
    /// another process holds it. Lucene's own write lock is not seen across processes here, so the service
    /// and the reindex command coordinate through this file lock instead.
    /// </summary>
    public IDisposable? TryClaim()
    {
        Directory.CreateDirectory(Root);
        try
        {
            return new FileStream(Path.Combine(Root, OwnerLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Creates an empty, uniquely named folder for a new index.</summary>
    public string CreateFresh()
    {
        Directory.CreateDirectory(Root);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Root, $"{FolderPrefix}{stamp}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Points <c>current</c> at the folder (atomically) and deletes every other index folder.</summary>
    public void MakeCurrent(string folder)
    {
        var aside = Path.Combine(Root, PointerFile + ".new");
        using (var stream = new FileStream(aside, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(folder));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(aside, Path.Combine(Root, PointerFile), overwrite: true);
        DeleteAllExcept(folder);
    }

    /// <summary>Removes index folders other than the given one: leftovers of replaced or interrupted builds.</summary>
    public void DeleteAllExcept(string? keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, FolderPrefix + "*"))
        {
            if (keep is null || !string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still open by a searcher that has not been released yet: the next start-up removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above; never worth failing the swap for.
        }
    }
}
