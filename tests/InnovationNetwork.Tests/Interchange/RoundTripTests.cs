using InnovationNetwork.Cli.Generation;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Interchange;

/// <summary>Export then import into an empty store reproduces the graph exactly.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task ExportThenImport_SeedAndGeneratedGraph_ShouldReproduceTheGraphExactly()
    {
        await using var original = new StoreFixture();
        var generated = original.TempFile("generated.jsonl");
        await using (var file = File.Create(generated))
        {
            await SyntheticGraphGenerator.WriteAsync(file, new GeneratorOptions(400, Seed: 7));
        }

        var seed = await original.Importer.ImportAsync(SeedLoader.FindSources(RepositoryPaths.Of("seed")), new ImportOptions());
        Assert.True(seed.Succeeded, string.Join('\n', seed.Errors));
        var synthetic = await original.Importer.ImportAsync(ImportSource.FromFile(generated), new ImportOptions());
        Assert.True(synthetic.Succeeded, string.Join('\n', synthetic.Errors));

        var exported = original.TempFile("export.jsonl");
        await using (var file = File.Create(exported))
        {
            await GraphExporter.ExportAsync(original.Store, file);
        }

        await using var copy = new StoreFixture();
        var report = await copy.Importer.ImportAsync(ImportSource.FromFile(exported), new ImportOptions());

        Assert.True(report.Succeeded, string.Join('\n', report.Errors));
        Assert.Equal(await SnapshotAsync(original.Store), await SnapshotAsync(copy.Store));
        var reexported = copy.TempFile("again.jsonl");
        await using (var file = File.Create(reexported))
        {
            await GraphExporter.ExportAsync(copy.Store, file);
        }

        // Byte-equal re-exports include every line's provenance: the copy kept who wrote what, and when.
        Assert.All(await File.ReadAllLinesAsync(exported), line => Assert.Contains("\"provenance\":{\"created\":{\"at\":", line, StringComparison.Ordinal));
        Assert.Equal(await File.ReadAllBytesAsync(exported), await File.ReadAllBytesAsync(reexported));
    }

    /// <summary>Every node and relationship as canonical text, sorted: equal snapshots mean equal graphs.</summary>
    internal static async Task<List<string>> SnapshotAsync(IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync())
        {
            lines.Add($"N {node.Id} {node.Label} {Canonical(node.Properties)}");
        }

        await foreach (var relationship in store.ReadAllRelationshipsAsync())
        {
            lines.Add($"R {relationship.Key} {Canonical(relationship.Properties)}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Canonical(PropertyMap properties) =>
        string.Join(",", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.GetRawText()}"));
}
