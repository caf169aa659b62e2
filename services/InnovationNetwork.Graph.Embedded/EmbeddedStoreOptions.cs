using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Graph.Embedded;

/// <summary>Where and how the embedded store keeps its data. Bound from the <c>GraphStore</c> configuration section.</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "GraphStore";

    /// <summary>The folder holding graph.db; relative paths are under the working directory. Created on first run.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// True (default): every commit is synced to disk before it is acknowledged, so it survives power loss
    /// (SQLite <c>synchronous=FULL</c>). False trades that for speed (<c>NORMAL</c>): still safe against a
    /// process crash, but the last commits may be lost if the machine loses power.
    /// </summary>
    public bool DurableCommits { get; set; } = true;

    /// <summary>
    /// Page cache of the write connection, in MiB. Big imports update several indexes at random places;
    /// a cache that holds them avoids re-reading pages (measured in docs/benchmarks.md). Only used pages take memory.
    /// </summary>
    [Range(2, 4096)]
    public int WriteCacheMiB { get; set; } = 256;

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "graph.db");
}
