namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// Writes a deterministic synthetic graph of the UK innovation ecosystem in the interchange format (JSON Lines),
/// at any scale up to the benchmark's 100k organisations and ~1.5M relationships.
/// </summary>
/// <remarks>
/// The same options always give byte-identical output, on any runtime: all randomness comes from
/// <see cref="SplitMix64"/> streams keyed by the seed. All nodes are written before any relationship, so every
/// relationship refers to nodes on earlier lines. Memory stays small and independent of the output size: only
/// each organisation's and bottleneck's region is kept; everything else is re-derived when it is written.
/// </remarks>
public static class SyntheticGraphGenerator
{
    /// <summary>Writes the graph to <paramref name="output"/> (left open) and reports what was written.</summary>
    /// <param name="output">Receives UTF-8 JSON Lines; written in large blocks, so it needs no buffering of its own.</param>
    /// <param name="options">Sizes and seed.</param>
    /// <param name="linesWritten">Told the running line count every few thousand lines.</param>
    /// <param name="cancellationToken">Stops the run between blocks.</param>
    public static async Task<GenerationSummary> WriteAsync(
        Stream output, GeneratorOptions options, IProgress<long>? linesWritten = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var world = new GenerationWorld(options);
        using var writer = new GraphLineWriter(output, linesWritten);
        var regions = new RegionSection(writer);
        var skills = new SkillSection(world, writer);
        var collaborators = new CollaboratorSection(world, writer);
        var funders = new FunderSection(world, writer);
        var bottlenecks = new BottleneckSection(world, writer);
        var projects = new ProjectSection(world, writer);

        await EachAsync(writer, RegionSection.Count, regions.WriteNode, cancellationToken);
        await EachAsync(writer, skills.Count, skills.WriteNode, cancellationToken);
        await EachAsync(writer, collaborators.Count, collaborators.WriteNode, cancellationToken);
        await EachAsync(writer, funders.Count, funders.WriteNode, cancellationToken);
        await EachAsync(writer, bottlenecks.Count, bottlenecks.WriteNode, cancellationToken);
        await EachAsync(writer, projects.Count, projects.WriteNode, cancellationToken);

        regions.WriteRelationships();
        await EachAsync(writer, skills.Count, skills.WriteRelationships, cancellationToken);
        await EachAsync(writer, collaborators.Count, collaborators.WriteRelationships, cancellationToken);
        await EachAsync(writer, funders.Count, funders.WriteRelationships, cancellationToken);
        await EachAsync(writer, bottlenecks.Count, bottlenecks.WriteRelationships, cancellationToken);
        await EachAsync(writer, projects.Count, projects.WriteRelationships, cancellationToken);

        return await writer.CompleteAsync(cancellationToken);
    }

    private static async Task EachAsync(GraphLineWriter writer, int count, Action<int> write, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            write(i);
            if (writer.ShouldFlush)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
    }
}
