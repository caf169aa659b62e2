using System.Globalization;
using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// Turns a <see cref="NodeQuery"/> into parameterised Cypher with the embedded store's semantics (missing values
/// last, ties by id, schema defaults for absent properties). Labels, types and property names are checked
/// against the schema before they reach the text; every value is a parameter.
/// </summary>
internal sealed class NodeQueryCypher
{
    private readonly GraphSchema _schema;
    private readonly NodeLabelDefinition _label;
    private readonly NodeQuery _query;
    private readonly List<string> _where = [];

    private NodeQueryCypher(GraphSchema schema, NodeLabelDefinition label, NodeQuery query)
    {
        _schema = schema;
        _label = label;
        _query = query;
    }

    public string Page { get; private set; } = string.Empty;

    public string Count { get; private set; } = string.Empty;

    public string Ordering { get; private set; } = string.Empty;

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    public static NodeQueryCypher Build(GraphSchema schema, NodeQuery query)
    {
        var label = schema.FindLabel(query.Label) ?? throw new ArgumentException($"Unknown label '{query.Label}'.");
        if (query.First < 0)
        {
            throw new ArgumentException($"Page size must not be negative (was {query.First}).");
        }

        var builder = new NodeQueryCypher(schema, label, query);
        builder.AddFilters();
        var match = $"MATCH (n:{label.Name}){(builder._where.Count > 0 ? " WHERE " + string.Join(" AND ", builder._where) : string.Empty)}";
        builder.Count = $"{match} RETURN count(n) AS total";
        builder.Ordering = $"{query.Label}:{query.OrderBy}:{(query.Descending ? "desc" : "asc")}";
        builder.Page = builder.PageCypher(match);
        return builder;
    }

    private string PageCypher(string match)
    {
        var byId = _query.OrderBy == "id";
        var value = byId ? "n.id" : SortValueOf(Property(_query.OrderBy));
        var direction = _query.Descending ? "DESC" : "ASC";
        var cursorCondition = _query.After is { } after ? " WHERE " + CursorCondition(PageCursor.Decode(after, Ordering), byId) : string.Empty;
        Parameters["limit"] = _query.First + 1;
        var missing = byId ? "0" : $"CASE WHEN {value} IS NULL THEN 1 ELSE 0 END";
        var sortKey = byId ? "n.id" : $"coalesce({value}, '')";
        var order = byId ? $"n.id {direction}" : $"missing ASC, sortKey {direction}, n.id {direction}";
        return $"{match}\nWITH n, {missing} AS missing, {sortKey} AS sortKey{cursorCondition}\n" +
            $"RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, missing, sortKey\nORDER BY {order}\nLIMIT $limit";
    }

    private string CursorCondition(PageCursor cursor, bool byId)
    {
        var comparison = _query.Descending ? "<" : ">";
        var id = Parameter(cursor.Id);
        if (byId)
        {
            return $"n.id {comparison} {id}";
        }

        // A cursor on a missing value carries '' (the sort key of the missing partition); otherwise the property's own type.
        var sortValue = cursor.Missing ? string.Empty : PropertyCodec.ToParameter(Property(_query.OrderBy), cursor.Value);
        var flag = Parameter(cursor.Missing ? 1 : 0);
        var value = Parameter(sortValue);
        return $"(missing > {flag} OR (missing = {flag} AND (sortKey {comparison} {value} OR (sortKey = {value} AND n.id {comparison} {id}))))";
    }

    private void AddFilters()
    {
        foreach (var filter in _query.ValueFilters)
        {
            var definition = Property(filter.Property);
            var values = Parameter(filter.Values.Select(v => PropertyCodec.ToParameter(definition, v)).ToList());
            _where.Add(definition.Type == PropertyType.StringList
                ? $"any(v IN coalesce(n.{definition.Name}, []) WHERE v IN {values})"
                : $"{ValueOf(definition)} IN {values}");
        }

        foreach (var range in _query.RangeFilters)
        {
            var definition = Property(range.Property);
            if (range.Min is { } min)
            {
                _where.Add($"{ValueOf(definition)} >= {Parameter(PropertyCodec.ToParameter(definition, min))}");
            }

            if (range.Max is { } max)
            {
                _where.Add($"{ValueOf(definition)} <= {Parameter(PropertyCodec.ToParameter(definition, max))}");
            }
        }

        if (!string.IsNullOrEmpty(_query.TextContains))
        {
            var needle = Parameter(_query.TextContains.ToLowerInvariant());
            var properties = _query.TextProperties ?? [_label.DisplayProperty, "description"];
            var tests = properties.Select(p => $"toLower(coalesce(toString({ValueOf(Property(p))}), '')) CONTAINS {needle}");
            _where.Add($"({string.Join(" OR ", tests)})");
        }

        if (_query.InRegions is { Count: > 0 } regions)
        {
            _where.Add($"EXISTS {{ MATCH (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..32]->(scope:Region) WHERE scope.id IN {Parameter(regions.ToList())} }}");
        }

        foreach (var related in _query.Related)
        {
            var type = StoreLabels.Type(_schema, related.Type);
            var pattern = related.Direction switch
            {
                Direction.Outgoing => $"-[:{type}]->",
                Direction.Incoming => $"<-[:{type}]-",
                _ => $"-[:{type}]-",
            };
            _where.Add($"EXISTS {{ MATCH (n){pattern}(m:{StoreLabels.Node}) WHERE m.id IN {Parameter(related.NodeIds.ToList())} }}");
        }
    }

    private PropertyDefinition Property(string name) =>
        _label.FindProperty(name)
        ?? throw new ArgumentException($"{_label.Name} has no property '{name}' (it has: {string.Join(", ", _label.Properties.Select(p => p.Name))}).");

    /// <summary>The stored value, or the schema default when the property is absent (e.g. openToCollaboration).</summary>
    private string ValueOf(PropertyDefinition definition) =>
        definition.Default is { } fallback
            ? $"coalesce(n.{definition.Name}, {Parameter(PropertyCodec.ToParameter(definition, fallback is JsonElement e ? e : fallback))})"
            : $"n.{definition.Name}";

    /// <summary>Booleans sort as 0 and 1, as the embedded store's JSON values do, so their cursors hold numbers.</summary>
    private string SortValueOf(PropertyDefinition definition) =>
        definition.Type == PropertyType.Boolean ? $"CASE {ValueOf(definition)} WHEN true THEN 1 WHEN false THEN 0 END" : ValueOf(definition);

    private string Parameter(object? value)
    {
        var name = "p" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
        Parameters[name] = value;
        return "$" + name;
    }
}
