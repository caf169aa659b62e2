using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>A parsed line of the interchange format: a node or a relationship.</summary>
public abstract record InterchangeRecord;

public sealed record NodeRecord(GraphNode Node) : InterchangeRecord;

/// <summary>A relationship, with the endpoint labels the line claims (APOC exports include them), if any.</summary>
public sealed record RelationshipRecord(GraphRelationship Relationship, string? StartLabel, string? EndLabel) : InterchangeRecord;
