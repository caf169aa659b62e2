using System.Globalization;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>
/// Turns a <see cref="NodeQuery"/> into parameterised SQL. Property names are checked against the schema
/// before they reach a JSON path, and every value is a parameter.
/// </summary>
internal sealed class NodeQuerySql
{
    private readonly NodeLabelDefinition _label;
    private readonly NodeQuery _query;
    private readonly SqliteCommand _command;
    private readonly List<string> _where = [];
    private int _parameterCount;

    private NodeQuerySql(NodeLabelDefinition label, NodeQuery query, SqliteCommand command)
    {
        _label = label;
        _query = query;
        _command = command;
    }

    /// <summary>Walks PART_OF edges down from the seed regions (a JSON array expression), at most 32 levels.</summary>
    public static string RegionScopeCte(string seedJsonArray) => $"""
        region_scope(nid, depth) AS (
            SELECT nid, 0 FROM nodes WHERE label = 'Region' AND id IN (SELECT value FROM json_each({seedJsonArray}))
            UNION
            SELECT r.start_nid, s.depth + 1 FROM rels r JOIN region_scope s ON r.end_nid = s.nid
            WHERE r.type = 'PART_OF' AND s.depth < 32)
        """;

    public static string Ordering(NodeQuery query) => $"{query.Label}:{query.OrderBy}:{(query.Descending ? "desc" : "asc")}";

    /// <summary>
    /// Fills the command with the page query. Ordered by id it walks the (label, id) index and stops after
    /// one page; any other key sorts every node of the label first (no expression indexes yet).
    /// </summary>
    public static void BuildPage(GraphSchema schema, NodeQuery query, SqliteCommand command)
    {
        var builder = Create(schema, query, command);
        var sortKey = builder.SortExpression();
        var missing = query.OrderBy == "id" ? "0" : $"({sortKey} IS NULL)";
        var key = query.OrderBy == "id" ? "n.id" : $"COALESCE({sortKey}, '')";
        var direction = query.Descending ? "DESC" : "ASC";
        if (query.After is { } after)
        {
            builder.AddCursorCondition(PageCursor.Decode(after, Ordering(query)), missing, key);
        }

        command.CommandText = $"""
            {builder.With()}
            SELECT n.id, n.label, n.props, {missing} AS missing, {key} AS sort_key
            FROM nodes n WHERE {string.Join(" AND ", builder._where)}
            ORDER BY {(query.OrderBy == "id" ? $"n.id {direction}" : $"missing ASC, sort_key {direction}, n.id {direction}")}
            LIMIT {query.First + 1}
            """;
    }

    public static void BuildCount(GraphSchema schema, NodeQuery query, SqliteCommand command)
    {
        var builder = Create(schema, query, command);
        command.CommandText = $"{builder.With()} SELECT count(*) FROM nodes n WHERE {string.Join(" AND ", builder._where)}";
    }

    private static NodeQuerySql Create(GraphSchema schema, NodeQuery query, SqliteCommand command)
    {
        var label = schema.FindLabel(query.Label) ?? throw new ArgumentException($"Unknown label '{query.Label}'.");
        if (query.First < 0)
        {
            throw new ArgumentException($"Page size must not be negative (was {query.First}).");
        }

        var builder = new NodeQuerySql(label, query, command);
        builder.AddFilters(schema);
        return builder;
    }

    private string With() => _query.InRegions is { Count: > 0 } ? $"WITH RECURSIVE {RegionScopeCte("$regions")}" : string.Empty;

    private void AddFilters(GraphSchema schema)
    {
        _where.Add($"n.label = {Parameter(_label.Name)}");
        foreach (var filter in _query.ValueFilters)
        {
            AddEquals(filter);
        }

        foreach (var range in _query.RangeFilters)
        {
            var value = ValueOf(Property(range.Property));
            if (range.Min is { } min)
            {
                _where.Add($"{value} >= {Parameter(min)}");
            }

            if (range.Max is { } max)
            {
                _where.Add($"{value} <= {Parameter(max)}");
            }
        }

        if (!string.IsNullOrEmpty(_query.TextContains))
        {
            var needle = Parameter(_query.TextContains.ToLowerInvariant());
            var properties = _query.TextProperties ?? [_label.DisplayProperty, "description"];
            var tests = properties.Select(p => $"instr(lower(COALESCE({ValueOf(Property(p))}, '')), {needle}) > 0");
            _where.Add($"({string.Join(" OR ", tests)})");
        }

        if (_query.InRegions is { Count: > 0 } regions)
        {
            _command.Parameters.AddWithValue("$regions", SqlJson.Array(regions));
            _where.Add("EXISTS (SELECT 1 FROM rels r WHERE r.start_nid = n.nid AND r.type = 'LOCATED_IN' AND r.end_nid IN (SELECT nid FROM region_scope))");
        }

        foreach (var related in _query.Related)
        {
            AddRelated(schema, related);
        }
    }

    private void AddEquals(PropertyEquals filter)
    {
        var definition = Property(filter.Property);
        var values = string.Join(", ", filter.Values.Select(Parameter));
        if (definition.Type == PropertyType.StringList)
        {
            _where.Add($"EXISTS (SELECT 1 FROM json_each(n.props, {Parameter("$." + definition.Name)}) WHERE value IN ({values}))");
            return;
        }

        _where.Add($"{ValueOf(definition)} IN ({values})");
    }

    private void AddRelated(GraphSchema schema, RelatedTo related)
    {
        _ = schema.FindRelationshipType(related.Type) ?? throw new ArgumentException($"Unknown relationship type '{related.Type}'.");
        var type = Parameter(related.Type);
        var targets = $"(SELECT nid FROM nodes WHERE id IN (SELECT value FROM json_each({Parameter(SqlJson.Array(related.NodeIds))})))";
        var outgoing = $"EXISTS (SELECT 1 FROM rels r WHERE r.start_nid = n.nid AND r.type = {type} AND r.end_nid IN {targets})";
        var incoming = $"EXISTS (SELECT 1 FROM rels r WHERE r.end_nid = n.nid AND r.type = {type} AND r.start_nid IN {targets})";
        _where.Add(related.Direction switch
        {
            Direction.Outgoing => outgoing,
            Direction.Incoming => incoming,
            _ => $"({outgoing} OR {incoming})",
        });
    }

    private void AddCursorCondition(PageCursor cursor, string missing, string key)
    {
        var comparison = _query.Descending ? "<" : ">";
        var id = Parameter(cursor.Id);
        if (_query.OrderBy == "id")
        {
            _where.Add($"n.id {comparison} {id}");
            return;
        }

        var flag = Parameter(cursor.Missing ? 1 : 0);
        var value = Parameter(cursor.SqlValue);
        _where.Add($"({missing} > {flag} OR ({missing} = {flag} AND ({key} {comparison} {value} OR ({key} = {value} AND n.id {comparison} {id}))))");
    }

    private string SortExpression() => _query.OrderBy == "id" ? "n.id" : ValueOf(Property(_query.OrderBy));

    private PropertyDefinition Property(string name) =>
        _label.FindProperty(name)
        ?? throw new ArgumentException($"{_label.Name} has no property '{name}' (it has: {string.Join(", ", _label.Properties.Select(p => p.Name))}).");

    /// <summary>The stored value, or the schema default when the property is absent (e.g. openToCollaboration).</summary>
    private string ValueOf(PropertyDefinition definition)
    {
        var extract = $"json_extract(n.props, '$.{definition.Name}')";
        return definition.Default is { } fallback ? $"COALESCE({extract}, {Parameter(fallback)})" : extract;
    }

    private string Parameter(object value)
    {
        var name = "$p" + (_parameterCount++).ToString(CultureInfo.InvariantCulture);
        _command.Parameters.AddWithValue(name, value switch
        {
            bool b => b ? 1 : 0,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value,
        });
        return name;
    }
}
