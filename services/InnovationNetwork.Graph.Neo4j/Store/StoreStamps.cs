using System.Text.Json;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// Versions and provenance as reserved properties on the elements themselves: every name that starts with
/// <see cref="ReservedPrefix"/> belongs to the store, is never written from a domain property map and is stripped
/// from every read (see <see cref="PropertyCodec.FromNeo4j"/>). Instants are INTEGER epoch milliseconds.
/// </summary>
internal static class StoreStamps
{
    public const string ReservedPrefix = "_";

    /// <summary>On nodes only: the sequence of the node's last change.</summary>
    public const string Version = "_version";

    public const string CreatedAt = "_createdAt";
    public const string CreatedBy = "_createdBy";
    public const string CreatedSource = "_createdSource";
    public const string UpdatedAt = "_updatedAt";
    public const string UpdatedBy = "_updatedBy";
    public const string UpdatedSource = "_updatedSource";

    /// <summary>
    /// What an element written before layout 2 reports: no stamps were kept then. The instant is when the database
    /// was upgraded (<c>provenanceSince</c> on the counter node), as the embedded store's migration does.
    /// </summary>
    public static WriteOrigin BeforeProvenance(long sinceMs) => new("unknown", "before-provenance", DateTimeOffset.FromUnixTimeMilliseconds(sinceMs));

    /// <summary>The <c>_created*</c> properties of an origin, to <c>SET e += </c> on an element.</summary>
    public static Dictionary<string, object?> Created(WriteOrigin origin) => new(StringComparer.Ordinal)
    {
        [CreatedAt] = origin.At.ToUnixTimeMilliseconds(),
        [CreatedBy] = origin.Actor,
        [CreatedSource] = origin.Source,
    };

    /// <summary>The <c>_updated*</c> properties of an origin, to <c>SET e += </c> on an element.</summary>
    public static Dictionary<string, object?> Updated(WriteOrigin origin) => new(StringComparer.Ordinal)
    {
        [UpdatedAt] = origin.At.ToUnixTimeMilliseconds(),
        [UpdatedBy] = origin.Actor,
        [UpdatedSource] = origin.Source,
    };

    /// <summary>
    /// Clauses that bind <c>since</c>, the instant elements without stamps report: put them first, before any
    /// <c>UNWIND</c>, so the counter node is read once per statement.
    /// </summary>
    public const string SinceClause =
        $"OPTIONAL MATCH (g:{StoreLabels.Sequence} {{name: 'graph'}}) WITH coalesce(g.provenanceSince, 0) AS since";

    /// <summary>
    /// Binds <c>c</c>, the feed entry of node <c>n</c>, only for nodes without <c>_version</c> (written before layout 2):
    /// the feed keeps each element's latest sequence, which is exactly such a node's version.
    /// </summary>
    public const string LegacyVersionMatch =
        $"OPTIONAL MATCH (c:{StoreLabels.Change} {{key: 'n:' + n.id}}) WHERE n.{Version} IS NULL";

    /// <summary>The node's version once <see cref="LegacyVersionMatch"/> ran: 0 only for a node no change ever reached.</summary>
    public const string VersionExpression = $"coalesce(n.{Version}, c.seq, 0)";

    /// <summary>The six provenance columns of element <paramref name="alias"/>, in the order <see cref="Read"/> expects.</summary>
    public static string Columns(string alias) =>
        $"{alias}.{CreatedAt} AS createdAt, {alias}.{CreatedBy} AS createdBy, {alias}.{CreatedSource} AS createdSource, " +
        $"{alias}.{UpdatedAt} AS updatedAt, {alias}.{UpdatedBy} AS updatedBy, {alias}.{UpdatedSource} AS updatedSource";

    /// <summary>Reads the columns of <see cref="Columns"/> from <paramref name="first"/>; a missing half reports <see cref="BeforeProvenance"/>.</summary>
    public static Provenance Read(JsonElement[] row, int first, long sinceMs) =>
        new(Origin(row, first, sinceMs), Origin(row, first + 3, sinceMs));

    private static WriteOrigin Origin(JsonElement[] row, int first, long sinceMs) =>
        row[first].ValueKind == JsonValueKind.Number
            ? new WriteOrigin(row[first + 1].GetString() ?? string.Empty, row[first + 2].GetString() ?? string.Empty, DateTimeOffset.FromUnixTimeMilliseconds(row[first].GetInt64()))
            : BeforeProvenance(sinceMs);
}
