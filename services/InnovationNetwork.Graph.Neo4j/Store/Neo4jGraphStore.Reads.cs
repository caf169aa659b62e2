using System.Runtime.CompilerServices;
using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    // Full reads page through the graph with keyset conditions, so no single response holds the whole graph.
    private const int ReadPageSize = 5_000;

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(
            $"UNWIND $ids AS id MATCH (n:{StoreLabels.Node} {{id: id}}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
            new() { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() },
            cancellationToken);
        return result.Rows.Select(r => Node(r[0], r[1], r[2])).ToList();
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        if (query.NodeIds.Count == 0)
        {
            return [];
        }

        var pattern = query.Direction switch
        {
            Direction.Outgoing => "-[r]->",
            Direction.Incoming => "<-[r]-",
            _ => "-[r]-",
        };
        var result = await ReadAsync(
            $$"""
            UNWIND $ids AS id MATCH (s:{{StoreLabels.Node}} {id: id}){{pattern}}(o:{{StoreLabels.Node}})
            WHERE ($type IS NULL OR type(r) = $type) AND ($label IS NULL OR $label IN labels(o))
            RETURN s.id AS fromId, startNode(r).id AS startId, type(r) AS type, endNode(r).id AS endId, properties(r) AS relProps,
                   o.id AS id, labels(o) AS labels, properties(o) AS props
            """,
            new() { ["ids"] = query.NodeIds.Distinct(StringComparer.Ordinal).ToList(), ["type"] = query.Type, ["label"] = query.NeighbourLabel },
            cancellationToken);
        return result.Rows.Select(r => new Neighbour(
            r[0].GetString()!,
            new GraphRelationship(new RelationshipKey(r[1].GetString()!, r[2].GetString()!, r[3].GetString()!), PropertyCodec.FromNeo4j(r[4], withoutId: false)),
            Node(r[5], r[6], r[7]))).ToList();
    }

    public async Task<IReadOnlyList<string>> GetRegionClosureAsync(string regionId, CancellationToken cancellationToken = default)
    {
        // Bounded at 32 levels, as the embedded store's walk is.
        var result = await ReadAsync(
            """
            MATCH (root:Region {id: $id})
            OPTIONAL MATCH chain = (sub:Region)-[:PART_OF*1..32]->(root)
            WITH root, sub, min(length(chain)) AS depth
            RETURN root.id AS root, sub.id AS id, depth ORDER BY depth, id
            """,
            new() { ["id"] = regionId },
            cancellationToken);
        if (result.Rows.Count == 0)
        {
            return [];
        }

        List<string> closure = [result.Rows[0][0].GetString()!];
        closure.AddRange(result.Rows.Where(r => r[1].ValueKind == JsonValueKind.String).Select(r => r[1].GetString()!).Where(id => id != closure[0]));
        return closure;
    }

    public async Task<ChangePage> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // One statement, one snapshot: the changes and the last sequence agree.
        var result = await ReadAsync(
            $$"""
            OPTIONAL MATCH (s:{{StoreLabels.Sequence}} {name: 'graph'}) WITH coalesce(s.last, 0) AS last
            OPTIONAL MATCH (c:{{StoreLabels.Change}}) WHERE c.seq > $after
            WITH last, c ORDER BY c.seq LIMIT $limit
            RETURN last, c.seq AS seq, c.kind AS kind, c.nodeId AS nodeId, c.label AS label, c.startId AS startId, c.type AS type, c.endId AS endId
            """,
            new() { ["after"] = afterSequence, ["limit"] = limit + 1 },
            cancellationToken);
        var last = result.Rows.Count > 0 ? result.Rows[0][0].GetInt64() : 0;
        var changes = result.Rows.Where(r => r[1].ValueKind == JsonValueKind.Number).Select(Change).ToList();
        var hasMore = changes.Count > limit;
        if (hasMore)
        {
            changes.RemoveRange(limit, changes.Count - limit);
        }

        return new ChangePage(changes, Math.Max(hasMore ? changes[^1].Sequence : last, afterSequence), hasMore);
    }

    public async IAsyncEnumerable<GraphNode> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var label in Schema.Labels.Select(l => l.Name).Order(StringComparer.Ordinal))
        {
            string? after = null;
            IReadOnlyList<JsonElement[]> rows;
            do
            {
                var page = await ReadAsync(
                    $"MATCH (n:{label}) WHERE $after IS NULL OR n.id > $after RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit",
                    new() { ["after"] = after, ["limit"] = ReadPageSize },
                    cancellationToken);
                rows = page.Rows;
                foreach (var row in rows)
                {
                    yield return Node(row[0], row[1], row[2]);
                }

                after = rows.Count > 0 ? rows[^1][0].GetString() : null;
            }
            while (rows.Count == ReadPageSize);
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (type, row) in RelationshipRowsAsync(Schema.RelationshipTypes.Select(t => t.Name), withProperties: true, cancellationToken))
        {
            yield return new GraphRelationship(new RelationshipKey(row[0].GetString()!, type, row[1].GetString()!), PropertyCodec.FromNeo4j(row[2], withoutId: false));
        }
    }

    // The export order costs little extra here: both walk the same keyset pages.
    public IAsyncEnumerable<GraphRelationship> ScanRelationshipsAsync(CancellationToken cancellationToken = default) =>
        ReadAllRelationshipsAsync(cancellationToken);

    public async IAsyncEnumerable<RelationshipKey> ScanRelationshipKeysAsync(
        IReadOnlyCollection<string> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Only schema types reach the Cypher text: a type is part of the pattern, not a parameter.
        var known = Schema.RelationshipTypes.Select(t => t.Name).Where(types.Contains);
        await foreach (var (type, row) in RelationshipRowsAsync(known, withProperties: false, cancellationToken))
        {
            yield return new RelationshipKey(row[0].GetString()!, type, row[1].GetString()!);
        }
    }

    /// <summary>Every relationship of the types, type by type in name order, then by start and end id: rows of start id, end id and (if asked) properties.</summary>
    private async IAsyncEnumerable<(string Type, JsonElement[] Row)> RelationshipRowsAsync(
        IEnumerable<string> types, bool withProperties, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var properties = withProperties ? ", properties(r) AS props" : "";
        foreach (var type in types.Order(StringComparer.Ordinal))
        {
            (string Start, string End)? after = null;
            IReadOnlyList<JsonElement[]> rows;
            do
            {
                var page = await ReadAsync(
                    $$"""
                    MATCH (s:{{StoreLabels.Node}})-[r:{{type}}]->(e:{{StoreLabels.Node}})
                    WHERE $afterStart IS NULL OR s.id > $afterStart OR (s.id = $afterStart AND e.id > $afterEnd)
                    RETURN s.id AS startId, e.id AS endId{{properties}} ORDER BY s.id, e.id LIMIT $limit
                    """,
                    new() { ["afterStart"] = after?.Start, ["afterEnd"] = after?.End, ["limit"] = ReadPageSize },
                    cancellationToken);
                rows = page.Rows;
                foreach (var row in rows)
                {
                    yield return (type, row);
                }

                after = rows.Count > 0 ? (rows[^1][0].GetString()!, rows[^1][1].GetString()!) : null;
            }
            while (rows.Count == ReadPageSize);
        }
    }

    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var cypher = NodeQueryCypher.Build(Schema, query);
        var items = new List<NodePageItem>();
        var hasNext = false;
        if (query.First > 0)
        {
            var page = await ReadAsync(cypher.Page, cypher.Parameters, cancellationToken);
            foreach (var row in page.Rows)
            {
                if (items.Count == query.First)
                {
                    hasNext = true;
                    break;
                }

                var node = Node(row[0], row[1], row[2]);
                var cursor = new PageCursor(cypher.Ordering, row[3].GetInt64() != 0, row[4].Clone(), node.Id);
                items.Add(new NodePageItem(node, cursor.Encode()));
            }
        }

        int? total = null;
        if (query.IncludeTotalCount)
        {
            var count = await ReadAsync(cypher.Count, cypher.Parameters, cancellationToken);
            total = count.Rows[0][0].GetInt32();
        }

        return new NodePage(items, hasNext, total);
    }

    internal async Task<IReadOnlyList<RelationshipKey>> ReadAttachedKeysAsync(string id, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(
            $"MATCH (n:{StoreLabels.Node} {{id: $id}})-[r]-() RETURN startNode(r).id AS startId, type(r) AS type, endNode(r).id AS endId",
            new() { ["id"] = id },
            cancellationToken);
        return result.Rows.Select(r => new RelationshipKey(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!)).Distinct().ToList();
    }

    internal async Task<PropertyMap?> ReadRelationshipPropertiesAsync(RelationshipKey key, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(
            $"MATCH (:{StoreLabels.Node} {{id: $startId}})-[r:{StoreLabels.Type(Schema, key.Type)}]->(:{StoreLabels.Node} {{id: $endId}}) RETURN properties(r) AS props",
            new() { ["startId"] = key.StartId, ["endId"] = key.EndId },
            cancellationToken);
        return result.Rows.Count == 0 ? null : PropertyCodec.FromNeo4j(result.Rows[0][0], withoutId: false);
    }

    private GraphNode Node(JsonElement id, JsonElement labels, JsonElement properties) => new(
        id.GetString()!,
        StoreLabels.DomainLabel(Schema, labels.EnumerateArray().Select(l => l.GetString()!)),
        PropertyCodec.FromNeo4j(properties, withoutId: true));

    private static GraphChange Change(JsonElement[] row)
    {
        var sequence = row[1].GetInt64();
        var kind = Enum.Parse<GraphChangeKind>(row[2].GetString()!);
        return kind is GraphChangeKind.NodeUpserted or GraphChangeKind.NodeDeleted
            ? new GraphChange(sequence, kind, row[3].GetString(), row[4].GetString(), null)
            : new GraphChange(sequence, kind, null, null, new RelationshipKey(row[5].GetString()!, row[6].GetString()!, row[7].GetString()!));
    }
}
