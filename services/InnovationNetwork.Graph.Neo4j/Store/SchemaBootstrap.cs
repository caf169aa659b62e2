using System.Reflection;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// Applies graph-schema/neo4j/*.cypher (embedded at build time) and the store's own constraints at start-up.
/// Every statement is idempotent (<c>IF NOT EXISTS</c>) and runs in its own request: Neo4j refuses schema
/// changes in a transaction that also writes data.
/// </summary>
internal static class SchemaBootstrap
{
    private const string ResourcePrefix = "InnovationNetwork.Graph.Neo4j.schema.";

    /// <summary>The change feed and the id lookup need these whatever the schema says.</summary>
    private static readonly string[] StoreStatements =
    [
        $"CREATE CONSTRAINT graph_node_id IF NOT EXISTS FOR (n:{StoreLabels.Node}) REQUIRE n.id IS UNIQUE",
        $"CREATE CONSTRAINT graph_change_seq IF NOT EXISTS FOR (c:{StoreLabels.Change}) REQUIRE c.seq IS UNIQUE",
        $"CREATE INDEX graph_change_key IF NOT EXISTS FOR (c:{StoreLabels.Change}) ON (c.key)",
        $"CREATE CONSTRAINT graph_sequence_name IF NOT EXISTS FOR (s:{StoreLabels.Sequence}) REQUIRE s.name IS UNIQUE",
    ];

    public static IReadOnlyList<string> Statements()
    {
        var assembly = typeof(SchemaBootstrap).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n));
        return [.. StoreStatements, .. scripts.SelectMany(Split)];
    }

    /// <summary>Splits a script into statements: comment lines dropped, statements end with ';'.</summary>
    public static IEnumerable<string> Split(string script)
    {
        var lines = script.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);
    }

    public static async Task ApplyAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        foreach (var statement in Statements())
        {
            await client.RunAsync(new QueryStatement(statement), AccessMode.Write, cancellationToken);
        }

        // An older layout is upgraded in O(1): elements written before it have no stamps, and reads report them as
        // "before-provenance" at the instant of the upgrade (provenanceSince), their version from the change feed.
        var layout = await client.RunAsync(
            new QueryStatement(
                $$"""
                MERGE (s:{{StoreLabels.Sequence}} {name: 'graph'}) ON CREATE SET s.last = 0, s.layout = $layout, s.provenanceSince = timestamp()
                FOREACH (upgrade IN CASE WHEN s.layout < $layout THEN [1] ELSE [] END |
                    SET s.layout = $layout, s.provenanceSince = coalesce(s.provenanceSince, timestamp()))
                RETURN s.layout AS layout
                """,
                new Dictionary<string, object?> { ["layout"] = StoreLabels.LayoutVersion }),
            AccessMode.Write,
            cancellationToken);
        var stored = layout.Rows.Count > 0 ? layout.Rows[0][0].GetInt32() : StoreLabels.LayoutVersion;
        if (stored > StoreLabels.LayoutVersion)
        {
            throw new StoreVersionException(
                $"Database '{client.Database}' at {client.Server} has store layout version {stored}, but this build knows versions up to " +
                $"{StoreLabels.LayoutVersion}. It was written by a newer InnovationNetwork: run that version, or export from it and import here.");
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
