using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

public enum GraphChangeKind
{
    NodeUpserted,
    NodeDeleted,
    RelationshipUpserted,
    RelationshipDeleted,
}

/// <summary>
/// One committed change. For upserts the current state is read from the store; a later change of the same
/// element supersedes an earlier one, so the feed reports each element at most once, at its latest sequence.
/// </summary>
public sealed record GraphChange(long Sequence, GraphChangeKind Kind, string? NodeId, string? Label, RelationshipKey? Relationship);

/// <summary>Changes after a sequence; <see cref="LastSequence"/> is where the next call should continue.</summary>
public sealed record ChangePage(IReadOnlyList<GraphChange> Changes, long LastSequence, bool HasMore);

/// <summary>What the store holds.</summary>
public sealed record GraphStatistics(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType,
    long LastSequence,
    long SizeOnDiskBytes,
    int SchemaVersion)
{
    public long NodeCount => NodesByLabel.Values.Sum();

    public long RelationshipCount => RelationshipsByType.Values.Sum();
}
