using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Store;

/// <summary>
/// Which nodes of one label to list. All filters combine with AND; values inside one filter with OR.
/// Property names must be declared for the label in the schema.
/// </summary>
public sealed record NodeQuery(string Label)
{
    /// <summary>Property equals one of the values (strings, numbers or booleans).</summary>
    public IReadOnlyList<PropertyEquals> ValueFilters { get; init; } = [];

    /// <summary>Numeric or date property within an inclusive range.</summary>
    public IReadOnlyList<PropertyRange> RangeFilters { get; init; } = [];

    /// <summary>Case-insensitive text that must occur in at least one of <see cref="TextProperties"/>.</summary>
    public string? TextContains { get; init; }

    /// <summary>Where <see cref="TextContains"/> looks; defaults to the display name and description.</summary>
    public IReadOnlyList<string>? TextProperties { get; init; }

    /// <summary>LOCATED_IN one of these regions or a region PART_OF one of them, transitively.</summary>
    public IReadOnlyList<string>? InRegions { get; init; }

    /// <summary>Has a relationship of a type, in a direction, to one of the given node ids.</summary>
    public IReadOnlyList<RelatedTo> Related { get; init; } = [];

    /// <summary>Sort key: a property name or <c>id</c>. Ties break by id. Missing values sort last.</summary>
    public string OrderBy { get; init; } = "id";

    public bool Descending { get; init; }

    /// <summary>Page size; 0 returns only the total count.</summary>
    public int First { get; init; } = 50;

    /// <summary>An opaque cursor from a previous page's <see cref="NodePage.EndCursor"/>.</summary>
    public string? After { get; init; }

    /// <summary>Whether to count every match (one more query).</summary>
    public bool IncludeTotalCount { get; init; } = true;
}

public sealed record PropertyEquals(string Property, IReadOnlyList<object> Values);

public sealed record PropertyRange(string Property, object? Min, object? Max);

public sealed record RelatedTo(string Type, Direction Direction, IReadOnlyList<string> NodeIds);

/// <summary>One page of a listing. <see cref="TotalCount"/> is null when it was not asked for.</summary>
public sealed record NodePage(IReadOnlyList<NodePageItem> Items, bool HasNextPage, int? TotalCount)
{
    public string? EndCursor => Items.Count == 0 ? null : Items[^1].Cursor;

    public string? StartCursor => Items.Count == 0 ? null : Items[0].Cursor;
}

public sealed record NodePageItem(GraphNode Node, string Cursor);

/// <summary>Relationships of many nodes at once: optional type filter, direction, and an optional cap per node.</summary>
public sealed record NeighbourQuery(IReadOnlyCollection<string> NodeIds, string? Type, Direction Direction)
{
    /// <summary>Only neighbours with this label, if set.</summary>
    public string? NeighbourLabel { get; init; }
}

/// <summary>A relationship seen from one of its nodes (<see cref="FromId"/>), with the node at the other end.</summary>
public sealed record Neighbour(string FromId, GraphRelationship Relationship, GraphNode Node);
