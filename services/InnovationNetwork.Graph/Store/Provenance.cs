using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

/// <summary>
/// Who wrote, through what, and when: <see cref="Actor"/> is an API key's name (or <c>cli</c>, <c>seed</c>),
/// <see cref="Source"/> says how the write arrived (<c>seed</c>, <c>import:file.jsonl</c>, <c>mutation:updateLab</c>).
/// </summary>
public sealed record WriteOrigin(string Actor, string Source, DateTimeOffset At)
{
    /// <summary>An origin stamped with the current time, to the millisecond (what the stores keep).</summary>
    public static WriteOrigin Now(string actor, string source) =>
        new(actor, source, DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

    /// <summary>For writes whose caller did not say who it is (tests, tools); production paths name their origin.</summary>
    public static WriteOrigin Unattributed() => Now("unknown", "unspecified");
}

/// <summary>When a node or relationship was created and last changed, by whom and through what.</summary>
public sealed record Provenance(WriteOrigin Created, WriteOrigin Updated);

/// <summary>
/// A node's version and provenance. The version is the change sequence of its last write: it grows with every
/// change, so an update that names the version it read can be refused when someone else wrote in between.
/// </summary>
public sealed record NodeStamp(string Id, long Version, Provenance Provenance);

/// <summary>A relationship's provenance.</summary>
public sealed record RelationshipStamp(RelationshipKey Key, Provenance Provenance);
