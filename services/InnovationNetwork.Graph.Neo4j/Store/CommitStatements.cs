using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// The Cypher of a commit: reserve sequence numbers on the counter node (its write lock serialises writers
/// across every API instance, so sequences follow commit order), then the optimistic version check if the session
/// read versions, then batched <c>UNWIND $rows … MERGE</c> writes in operation order, stamped with provenance and
/// versions, then the change-feed entries.
/// </summary>
internal static class CommitStatements
{
    public static QueryStatement ReserveSequences(int count) => new(
        $$"""
        MERGE (s:{{StoreLabels.Sequence}} {name: 'graph'}) ON CREATE SET s.last = 0, s.layout = {{StoreLabels.LayoutVersion}}, s.provenanceSince = timestamp()
        SET s.last = s.last + $count
        RETURN s.last - $count AS base
        """,
        new Dictionary<string, object?> { ["count"] = count });

    /// <summary>Consecutive operations of one kind and label/type, cut into batches of at most <paramref name="batchSize"/> rows.</summary>
    public static IEnumerable<List<SequencedOperation>> Batches(IEnumerable<SequencedOperation> operations, int batchSize)
    {
        var batch = new List<SequencedOperation>();
        foreach (var operation in operations)
        {
            if (batch.Count > 0 && (batch.Count == batchSize || batch[0].Operation.GroupKey != operation.Operation.GroupKey))
            {
                yield return batch;
                batch = [];
            }

            batch.Add(operation);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>
    /// One batch of writes. Upserts stamp provenance (see docs/neo4j.md, "Writes"): a new element takes the row's
    /// recorded creation or the session's origin; an existing one keeps its <c>_created*</c> unless the row restores a
    /// recorded provenance; <c>SET e = row.props</c> drops every property, so the kept stamps are projected before it
    /// and set again after it, with <c>_updated*</c> and, on nodes, <c>_version</c> (the operation's sequence).
    /// </summary>
    public static QueryStatement Write(GraphSchema schema, WriteOrigin origin, IReadOnlyList<SequencedOperation> batch)
    {
        var first = batch[0].Operation;
        return first.Kind switch
        {
            GraphChangeKind.NodeUpserted => new(
                $$"""
                UNWIND $rows AS row
                MERGE (n:{{StoreLabels.Node}} {id: row.id}) ON CREATE SET n += coalesce(row.created, $created)
                WITH n, row, {{KeptCreation("n")}} AS created
                SET n = row.props
                SET n += created, n += coalesce(row.updated, $updated), n.{{StoreStamps.Version}} = row.version, n.id = row.id, n:{{StoreLabels.Label(schema, first.Label!)}}
                """,
                Stamped(origin, batch.Select(o => Row(
                [
                    ("id", o.Operation.Node!.Id),
                    ("props", PropertyCodec.ToParameters(o.Operation.Node.Properties, schema.FindLabel(o.Operation.Node.Label))),
                    ("version", o.Sequence),
                    .. Restored(o.Operation),
                ])))),
            GraphChangeKind.RelationshipUpserted => new(
                $$"""
                UNWIND $rows AS row
                MATCH (s:{{StoreLabels.Node}} {id: row.startId}) MATCH (e:{{StoreLabels.Node}} {id: row.endId})
                MERGE (s)-[r:{{StoreLabels.Type(schema, first.Relationship!.Type)}}]->(e) ON CREATE SET r += coalesce(row.created, $created)
                WITH r, row, {{KeptCreation("r")}} AS created
                SET r = row.props
                SET r += created, r += coalesce(row.updated, $updated)
                RETURN count(r) AS written
                """,
                Stamped(origin, batch.Select(o => Row(
                [
                    ("startId", o.Operation.Relationship!.StartId), ("endId", o.Operation.Relationship.EndId),
                    ("props", PropertyCodec.ToParameters(o.Operation.Relationship.Properties, schema.FindRelationshipType(o.Operation.Relationship.Type))),
                    .. Restored(o.Operation),
                ])))),
            GraphChangeKind.NodeDeleted => new(
                $"UNWIND $rows AS row MATCH (n:{StoreLabels.Node} {{id: row.id}}) DETACH DELETE n",
                Rows(batch.Select(o => Row(("id", o.Operation.NodeId))))),
            _ => new(
                $"UNWIND $rows AS row MATCH (:{StoreLabels.Node} {{id: row.startId}})-[r:{StoreLabels.Type(schema, first.Relationship!.Type)}]->(:{StoreLabels.Node} {{id: row.endId}}) DELETE r",
                Rows(batch.Select(o => Row(("startId", o.Operation.Relationship!.StartId), ("endId", o.Operation.Relationship.EndId))))),
        };
    }

    /// <summary>
    /// The optimistic check: returns the first node whose version differs from the one the session read (0 standing
    /// for "no such node"). It runs after <see cref="ReserveSequences"/>, whose lock on the counter node makes every
    /// other writer's commit either visible here or wait for this one.
    /// </summary>
    public static QueryStatement VersionCheck(IReadOnlyDictionary<string, long?> expected) => new(
        $$"""
        UNWIND $expected AS x
        OPTIONAL MATCH (n:{{StoreLabels.Node}} {id: x.id})
        {{StoreStamps.LegacyVersionMatch}}
        WITH x, {{StoreStamps.VersionExpression}} AS actual
        WHERE actual <> x.version
        RETURN x.id AS id, x.version AS expected, actual LIMIT 1
        """,
        new Dictionary<string, object?>
        {
            ["expected"] = expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Row(("id", p.Key), ("version", p.Value ?? 0))).ToList(),
        });

    /// <summary>Which of these ids has no node: run after a relationship batch wrote fewer rows than it was given.</summary>
    public static QueryStatement FirstMissing(IEnumerable<string> ids) => new(
        $"UNWIND $ids AS id OPTIONAL MATCH (n:{StoreLabels.Node} {{id: id}}) WITH id, n WHERE n IS NULL RETURN id LIMIT 1",
        new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>Adds the feed entries and drops the ones they supersede (same element, older sequence).</summary>
    public static QueryStatement ChangeLog(IEnumerable<SequencedOperation> changes) => new(
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

    // An existing element keeps its creation unless the row restores one; elements from before layout 2 have none to keep.
    private static string KeptCreation(string e) =>
        $"CASE WHEN row.created IS NOT NULL THEN row.created WHEN {e}.{StoreStamps.CreatedAt} IS NULL THEN {{}} " +
        $"ELSE {{{StoreStamps.CreatedAt}: {e}.{StoreStamps.CreatedAt}, {StoreStamps.CreatedBy}: {e}.{StoreStamps.CreatedBy}, {StoreStamps.CreatedSource}: {e}.{StoreStamps.CreatedSource}}} END";

    private static (string Name, object? Value)[] Restored(WriteOperation operation) => operation.Recorded is { } recorded
        ? [("created", StoreStamps.Created(recorded.Created)), ("updated", StoreStamps.Updated(recorded.Updated))]
        : [];

    // The session's origin travels once per statement; rows carry provenance only when they restore a recorded one.
    private static Dictionary<string, object?> Stamped(WriteOrigin origin, IEnumerable<Dictionary<string, object?>> rows) => new()
    {
        ["rows"] = rows.ToList(),
        ["created"] = StoreStamps.Created(origin),
        ["updated"] = StoreStamps.Updated(origin),
    };

    private static Dictionary<string, object?> Rows(IEnumerable<Dictionary<string, object?>> rows) =>
        new() { ["rows"] = rows.ToList() };

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}

/// <summary>A session's operation with the sequence number it commits with.</summary>
internal readonly record struct SequencedOperation(WriteOperation Operation, long Sequence);
