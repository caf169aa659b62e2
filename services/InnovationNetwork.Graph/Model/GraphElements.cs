namespace InnovationNetwork.Graph.Model;

/// <summary>A node: a globally unique id, exactly one label, and its properties.</summary>
public sealed record GraphNode(string Id, string Label, PropertyMap Properties);

/// <summary>The identity of a relationship: start, type and end. Upserts with the same key merge.</summary>
public readonly record struct RelationshipKey(string StartId, string Type, string EndId)
{
    public override string ToString() => $"({StartId})-[:{Type}]->({EndId})";
}

/// <summary>A relationship with its properties. Undirected types are stored with the smaller id first.</summary>
public sealed record GraphRelationship(RelationshipKey Key, PropertyMap Properties)
{
    public GraphRelationship(string startId, string type, string endId, PropertyMap? properties = null)
        : this(new RelationshipKey(startId, type, endId), properties ?? PropertyMap.Empty)
    {
    }

    public string StartId => Key.StartId;

    public string Type => Key.Type;

    public string EndId => Key.EndId;
}

/// <summary>Which way a relationship is followed from a node.</summary>
public enum Direction
{
    /// <summary>From the node to others: the node is the relationship's start.</summary>
    Outgoing,

    /// <summary>From others to the node: the node is the relationship's end.</summary>
    Incoming,

    /// <summary>Either way; the natural choice for undirected types such as BORDERS.</summary>
    Both,
}
