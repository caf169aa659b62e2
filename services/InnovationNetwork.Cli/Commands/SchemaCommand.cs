using System.CommandLine;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>schema docs</c>: regenerates graph-schema/README.md and graph-schema/neo4j/*.cypher from schema.json.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--output")
        {
            Description = "The graph-schema folder to write into (default: ./graph-schema).",
            DefaultValueFactory = _ => new DirectoryInfo("graph-schema"),
        };
        var docs = new Command("docs", "Regenerate graph-schema/README.md and neo4j/*.cypher from the schema this build uses.") { output };
        docs.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.Combine(folder, "neo4j"));
            File.WriteAllText(Path.Combine(folder, "README.md"), SchemaDocumentation.RenderMarkdown(GraphSchema.Default));
            foreach (var (name, text) in Neo4jSchemaScript.Render(GraphSchema.Default))
            {
                File.WriteAllText(Path.Combine(folder, "neo4j", name), text);
            }

            Console.WriteLine($"wrote {folder}/README.md and {folder}/neo4j/*.cypher");
            return CommonOptions.Success;
        });
        var schema = new Command("schema", "Work with the graph schema.") { docs };
        return schema;
    }
}
