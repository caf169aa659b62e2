using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// The Cypher of a commit: reserve sequence numbers on the counter node (its write lock serialises writers
/// across every API instance, so sequences follow commit order), then batched <c>UNWIND $rows … MERGE</c>
/// writes in operation order, then the change-feed entries.
/// </summary>
internal static class CommitStatements
{
    public static QueryStatement ReserveSequences(int count) => new(
        $$"""
        MERGE (s:{{StoreLabels.Sequence}} {name: 'graph'}) ON CREATE SET s.last = 0, s.layout = {{StoreLabels.LayoutVersion}}
        SET s.last = s.last + $count
        RETURN s.last - $count AS base
        """,
        new Dictionary<string, object?> { ["count"] = count });

    /// <summary>Consecutive operations of one kind and label/type, cut into batches of at most <paramref name="batchSize"/> rows.</summary>
    public static IEnumerable<(WriteOperation First, List<WriteOperation> Batch)> Batches(IReadOnlyList<WriteOperation> operations, int batchSize)
    {
        var batch = new List<WriteOperation>();
        foreach (var operation in operations)
        {
            if (batch.Count > 0 && (batch.Count == batchSize || batch[0].GroupKey != operation.GroupKey))
            {
                yield return (batch[0], batch);
                batch = [];
            }

            batch.Add(operation);
        }

        if (batch.Count > 0)
        {
            yield return (batch[0], batch);
        }
    }

    public static QueryStatement Write(GraphSchema schema, WriteOperation first, IReadOnlyList<WriteOperation> batch) => first.Kind switch
    {
        GraphChangeKind.NodeUpserted => new(
            // SET n = row.props replaces every property (the contract's upsert), so id is set again after it.
            $"UNWIND $rows AS row MERGE (n:{StoreLabels.Node} {{id: row.id}}) SET n = row.props SET n.id = row.id, n:{StoreLabels.Label(schema, first.Label!)}",
            Rows(batch.Select(o => Row(("id", o.Node!.Id), ("props", PropertyCodec.ToParameters(o.Node.Properties, schema.FindLabel(o.Node.Label))))))),
        GraphChangeKind.RelationshipUpserted => new(
            $$"""
            UNWIND $rows AS row
            MATCH (s:{{StoreLabels.Node}} {id: row.startId}) MATCH (e:{{StoreLabels.Node}} {id: row.endId})
            MERGE (s)-[r:{{StoreLabels.Type(schema, first.Relationship!.Type)}}]->(e) SET r = row.props
            RETURN count(r) AS written
            """,
            Rows(batch.Select(o => Row(
                ("startId", o.Relationship!.StartId), ("endId", o.Relationship.EndId),
                ("props", PropertyCodec.ToParameters(o.Relationship.Properties, schema.FindRelationshipType(o.Relationship.Type))))))),
        GraphChangeKind.NodeDeleted => new(
            $"UNWIND $rows AS row MATCH (n:{StoreLabels.Node} {{id: row.id}}) DETACH DELETE n",
            Rows(batch.Select(o => Row(("id", o.NodeId))))),
        _ => new(
            $"UNWIND $rows AS row MATCH (:{StoreLabels.Node} {{id: row.startId}})-[r:{StoreLabels.Type(schema, first.Relationship!.Type)}]->(:{StoreLabels.Node} {{id: row.endId}}) DELETE r",
            Rows(batch.Select(o => Row(("startId", o.Relationship!.StartId), ("endId", o.Relationship.EndId))))),
    };

    /// <summary>Which of these ids has no node: run after a relationship batch wrote fewer rows than it was given.</summary>
    public static QueryStatement FirstMissing(IEnumerable<string> ids) => new(
        $"UNWIND $ids AS id OPTIONAL MATCH (n:{StoreLabels.Node} {{id: id}}) WITH id, n WHERE n IS NULL RETURN id LIMIT 1",
        new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>Adds the feed entries and drops the ones they supersede (same element, older sequence).</summary>
    public static QueryStatement ChangeLog(IEnumerable<(WriteOperation Operation, long Sequence)> changes) => new(
        $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (old:{{StoreLabels.Change}} {key: row.key})
        WITH row, collect(old) AS superseded
        FOREACH (o IN superseded | DELETE o)
        CREATE (c:{{StoreLabels.Change}}) SET c = row
        """,
        Rows(changes.Select(c => Row(
            ("seq", c.Sequence), ("kind", c.Operation.Kind.ToString()), ("key", c.Operation.ChangeKey),
            ("nodeId", c.Operation.NodeId), ("label", c.Operation.Label),
            ("startId", c.Operation.Relationship?.StartId), ("type", c.Operation.Relationship?.Type), ("endId", c.Operation.Relationship?.EndId)))));

    private static Dictionary<string, object?> Rows(IEnumerable<Dictionary<string, object?>> rows) =>
        new() { ["rows"] = rows.ToList() };

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
