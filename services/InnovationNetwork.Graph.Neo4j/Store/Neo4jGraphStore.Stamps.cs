using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>Versions and provenance: the reserved <c>_version</c>, <c>_created*</c> and <c>_updated*</c> properties (see <see cref="StoreStamps"/>).</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<NodeStamp>> GetNodeStampsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(
            $$"""
            {{StoreStamps.SinceClause}}
            UNWIND $ids AS id
            MATCH (n:{{StoreLabels.Node}} {id: id})
            {{StoreStamps.LegacyVersionMatch}}
            RETURN n.id AS id, {{StoreStamps.VersionExpression}} AS version, since, {{StoreStamps.Columns("n")}}
            """,
            new() { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() },
            cancellationToken);
        return result.Rows.Select(r => new NodeStamp(r[0].GetString()!, r[1].GetInt64(), StoreStamps.Read(r, 3, r[2].GetInt64()))).ToList();
    }

    public async Task<IReadOnlyList<RelationshipStamp>> GetRelationshipStampsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken = default)
    {
        // Keys as stored (undirected ones smaller id first); a type the schema does not know has no relationships to find.
        var known = keys.Where(k => Schema.FindRelationshipType(k.Type) is not null).Select(Schema.Normalise).Distinct().ToList();
        if (known.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(
            $$"""
            {{StoreStamps.SinceClause}}
            UNWIND $keys AS key
            MATCH (s:{{StoreLabels.Node}} {id: key.startId})-[r]->(e:{{StoreLabels.Node}} {id: key.endId}) WHERE type(r) = key.type
            RETURN s.id AS startId, type(r) AS type, e.id AS endId, since, {{StoreStamps.Columns("r")}}
            """,
            new() { ["keys"] = known.Select(k => new Dictionary<string, object?> { ["startId"] = k.StartId, ["type"] = k.Type, ["endId"] = k.EndId }).ToList() },
            cancellationToken);
        return result.Rows.Select(r => new RelationshipStamp(
            new RelationshipKey(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!),
            StoreStamps.Read(r, 4, r[3].GetInt64()))).ToList();
    }

}
