using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>A parsed line of the interchange format: a node or a relationship.</summary>
public abstract record InterchangeRecord;

/// <summary>A node, with the provenance the line records (exports carry it), if any.</summary>
public sealed record NodeRecord(GraphNode Node, Store.Provenance? Provenance = null) : InterchangeRecord;

/// <summary>A relationship, with the endpoint labels the line claims (APOC exports include them) and its recorded provenance, if any.</summary>
public sealed record RelationshipRecord(GraphRelationship Relationship, string? StartLabel, string? EndLabel, Store.Provenance? Provenance = null) : InterchangeRecord;
