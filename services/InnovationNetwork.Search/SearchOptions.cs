using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Search;

/// <summary>Where the search index lives and how it follows the store. Bound from the <c>Search</c> section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The index root (holds index folders and the pointer to the current one). Default: <c>search</c> inside
    /// the embedded store's data folder. Relative paths follow the content root.
    /// </summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often the store's change feed is polled, in milliseconds; a write is searchable within about this long.</summary>
    [Range(10, 5000)]
    public int PollMilliseconds { get; set; } = 100;

    /// <summary>
    /// How often applied changes are committed to disk, in seconds. Between commits they are searchable but
    /// not durable in the index; after a crash the index replays them from the store's change feed.
    /// </summary>
    [Range(1, 600)]
    public int CommitSeconds { get; set; } = 5;

    /// <summary>
    /// When the store is more than this many changes ahead of the index (a large import, say), the follower
    /// rebuilds the index from the store instead of applying them one by one: a rebuild reads each node once,
    /// while the feed may change the same organisation hundreds of times. Searches use the old index meanwhile.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long RebuildBehindChanges { get; set; } = 300_000;

    /// <summary>Changes read from the feed per step.</summary>
    [Range(10, 100_000)]
    public int ChangeBatchSize { get; set; } = 2000;
}
