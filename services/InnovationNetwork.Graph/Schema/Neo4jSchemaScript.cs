using System.Globalization;
using System.Text;

namespace InnovationNetwork.Graph.Schema;

/// <summary>
/// Renders graph-schema/neo4j/*.cypher from the schema: a uniqueness constraint on <c>id</c> per label,
/// and indexes on the properties queries filter by. One statement per line; each is idempotent.
/// </summary>
public static class Neo4jSchemaScript
{
    public static IReadOnlyDictionary<string, string> Render(GraphSchema schema) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["001-constraints.cypher"] = Constraints(schema),
        ["002-indexes.cypher"] = Indexes(schema),
    };

    private static string Constraints(GraphSchema schema)
    {
        var cypher = Header("Uniqueness of node ids (the MERGE key of every write).");
        foreach (var label in schema.Labels)
        {
            cypher.AppendLine(CultureInfo.InvariantCulture,
                $"CREATE CONSTRAINT {Snake(label.Name)}_id IF NOT EXISTS FOR (n:{label.Name}) REQUIRE n.id IS UNIQUE;");
        }

        return cypher.ToString();
    }

    private static string Indexes(GraphSchema schema)
    {
        var cypher = Header("Range indexes on the properties list filters and sorts use, and one full-text index.");
        foreach (var label in schema.Labels)
        {
            var indexed = label.Properties.Where(p => p.Name == label.DisplayProperty || p.AllowedValues is not null || p.Name == "code");
            foreach (var property in indexed)
            {
                cypher.AppendLine(CultureInfo.InvariantCulture,
                    $"CREATE INDEX {Snake(label.Name)}_{Snake(property.Name)} IF NOT EXISTS FOR (n:{label.Name}) ON (n.{property.Name});");
            }
        }

        var labels = string.Join("|", schema.Labels.Select(l => l.Name));
        var texts = schema.Labels.SelectMany(l => l.Properties).Where(p => p.Name is "name" or "title" or "description")
            .Select(p => p.Name).Distinct(StringComparer.Ordinal).Select(p => $"n.{p}");
        cypher.AppendLine(CultureInfo.InvariantCulture,
            $"CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:{labels}) ON EACH [{string.Join(", ", texts)}];");
        return cypher.ToString();
    }

    private static StringBuilder Header(string purpose) => new StringBuilder()
        .AppendLine("// Generated from graph-schema/schema.json by `innovation-network schema docs`. Do not edit by hand.")
        .AppendLine(CultureInfo.InvariantCulture, $"// {purpose}")
        .AppendLine("// Apply each statement in its own request: schema statements cannot share a transaction with writes.");

    private static string Snake(string name)
    {
        var snake = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }
}
