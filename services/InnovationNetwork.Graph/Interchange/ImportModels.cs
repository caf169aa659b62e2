using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>How an import behaves.</summary>
public sealed record ImportOptions
{
    /// <summary>Validate everything against the store, then roll back: nothing is applied.</summary>
    public bool DryRun { get; init; }

    /// <summary>Apply the valid lines even when others fail (default: all-or-nothing per import).</summary>
    public bool SkipInvalidLines { get; init; }

    /// <summary>How many errors are listed in full; the rest are only counted.</summary>
    public int MaxListedErrors { get; init; } = 100;

    /// <summary>
    /// Who imports and through what, stamped on what the import changes (lines that carry their own provenance
    /// keep it). Default: actor <c>unknown</c>, source <c>import:</c> and the source names.
    /// </summary>
    public WriteOrigin? Origin { get; init; }

    /// <summary>Lines longer than this are rejected without being parsed.</summary>
    public int MaxLineBytes { get; init; } = JsonLinesReader.DefaultMaxLineBytes;
}

/// <summary>One input of an import: a name for messages and a way to open it.</summary>
public sealed record ImportSource(string Name, Func<Stream> Open, long? Length = null)
{
    public static ImportSource FromFile(string path) =>
        new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), new FileInfo(path).Length);
}

/// <summary>What went wrong on one line.</summary>
public sealed record ImportError(string Source, long Line, string Path, string Message)
{
    public override string ToString() =>
        $"{Source}:{Line}: {(string.IsNullOrEmpty(Path) ? string.Empty : Path + ": ")}{Message}";
}

/// <summary>Progress of a running import, reported every few thousand lines.</summary>
public readonly record struct ImportProgress(string Source, long Lines, long BytesRead, long? TotalBytes);

/// <summary>The outcome of an import. <see cref="Applied"/> says whether anything was committed.</summary>
public sealed record ImportReport(
    long Lines,
    long NodesWritten,
    long NodesUnchanged,
    long RelationshipsWritten,
    long RelationshipsUnchanged,
    IReadOnlyList<ImportError> Errors,
    long ErrorCount,
    bool Applied,
    bool DryRun,
    long LastSequence,
    TimeSpan Elapsed)
{
    public bool Succeeded => ErrorCount == 0;

    public double LinesPerSecond => Elapsed.TotalSeconds > 0 ? Lines / Elapsed.TotalSeconds : Lines;
}
