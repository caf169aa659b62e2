using System.Text.Json;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>Whether a statement only reads (clusters may route it to a secondary) or may write.</summary>
public enum AccessMode
{
    Read,
    Write,
}

/// <summary>A parameterised Cypher statement. Parameters are typed on the wire (see <see cref="TypedJsonWriter"/>).</summary>
public sealed record QueryStatement(string Cypher, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    public bool IncludeCounters { get; init; }
}

/// <summary>
/// A decoded response: rows of plain JSON values (typed responses are converted), counters when asked for,
/// and the bookmarks that let a later request read this one's writes.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<JsonElement[]> Rows,
    QueryCounters? Counters,
    IReadOnlyList<string> Bookmarks,
    OpenTransaction? Transaction)
{
    public static QueryResult Empty { get; } = new([], [], null, [], null);

    /// <summary>The value of a field in a row, by name.</summary>
    public JsonElement Get(JsonElement[] row, string field)
    {
        var index = Fields.IndexOf(field);
        return index >= 0 ? row[index] : throw new KeyNotFoundException($"The result has no field '{field}' (it has: {string.Join(", ", Fields)}).");
    }
}

/// <summary>The <c>transaction</c> object of an explicit transaction's responses.</summary>
public sealed record OpenTransaction(string Id, DateTimeOffset? Expires);

/// <summary>What a statement changed, as the server counted it (<c>includeCounters: true</c>).</summary>
public sealed record QueryCounters(
    bool ContainsUpdates,
    long NodesCreated,
    long NodesDeleted,
    long PropertiesSet,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long LabelsAdded,
    long IndexesAdded,
    long ConstraintsAdded,
    bool ContainsSystemUpdates);

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
