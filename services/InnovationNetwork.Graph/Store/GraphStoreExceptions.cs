namespace InnovationNetwork.Graph.Store;

/// <summary>A failure of the graph store that callers can explain to users.</summary>
public class GraphStoreException : Exception
{
    public GraphStoreException(string message) : base(message) { }

    public GraphStoreException(string message, Exception inner) : base(message, inner) { }

    public GraphStoreException() { }
}

/// <summary>The data was written by a newer build whose schema this build does not know.</summary>
public sealed class StoreVersionException(string message) : GraphStoreException(message);

/// <summary>The store's files are damaged. They are left untouched for inspection or restore.</summary>
public sealed class StoreCorruptException(string message, Exception inner) : GraphStoreException(message, inner);

/// <summary>An id already belongs to a node with another label.</summary>
public sealed class LabelConflictException(string id, string existingLabel, string newLabel)
    : GraphStoreException($"node '{id}' already exists with label {existingLabel}; it cannot also be a {newLabel}")
{
    public string Id { get; } = id;
}

/// <summary>A relationship names a node that does not exist.</summary>
public sealed class MissingEndpointException(string id)
    : GraphStoreException($"node '{id}' does not exist")
{
    public string Id { get; } = id;
}

/// <summary>A paging cursor that is malformed or belongs to another ordering.</summary>
public sealed class InvalidCursorException(string message) : GraphStoreException(message);

/// <summary>
/// A write session checked a node's version and someone else changed the node before the session committed.
/// Only stores shared by several writers (Neo4j behind several API instances) throw it; nothing was written.
/// </summary>
/// <param name="id">The node's id.</param>
/// <param name="expected">The version the session read (0 when the node did not exist).</param>
/// <param name="actual">The version at commit (0 when the node no longer exists).</param>
public sealed class VersionConflictException(string id, long expected, long actual)
    : GraphStoreException($"node '{id}' changed since version {expected} was read (it is now at version {actual}); nothing was written")
{
    public string Id { get; } = id;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}
