using System.Diagnostics;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>
/// Streams interchange files into the store in one write session: every line is validated against the
/// schema and the store, every problem is reported with its line, and by default nothing is committed
/// unless every line is valid. Importing the same data twice changes nothing.
/// </summary>
public sealed class GraphImporter(IGraphStore store, GraphSchema schema)
{
    private const int ProgressEveryLines = 20_000;

    public Task<ImportReport> ImportAsync(
        ImportSource source, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync([source], options, progress, cancellationToken);

    /// <summary>Imports the sources in order, as one transaction (a later file may refer to nodes of an earlier one).</summary>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<ImportSource> sources, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var tally = new ImportTally(options.MaxListedErrors);
        await using var session = await store.BeginWriteAsync(options.Origin ?? WriteOrigin.Now("unknown", "import:" + string.Join(",", sources.Select(s => s.Name))), cancellationToken);
        foreach (var source in sources)
        {
            await using var stream = source.Open();
            var reader = new JsonLinesReader(stream, options.MaxLineBytes);
            var writer = new LineWriter(session, schema, source.Name, tally);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                tally.Lines++;
                if (line.TooLong)
                {
                    tally.AddError(source.Name, line.Number, new(string.Empty, $"line is longer than {options.MaxLineBytes} bytes"));
                }
                else if (!line.IsBlank)
                {
                    await writer.WriteAsync(line, cancellationToken);
                }

                if (line.Number % ProgressEveryLines == 0)
                {
                    progress?.Report(new ImportProgress(source.Name, tally.Lines, reader.BytesRead, source.Length));
                }
            }

            progress?.Report(new ImportProgress(source.Name, tally.Lines, reader.BytesRead, source.Length));
        }

        var commit = !options.DryRun && (tally.ErrorCount == 0 || options.SkipInvalidLines);
        var lastSequence = commit ? await session.CommitAsync(cancellationToken) : 0;
        return tally.ToReport(commit, options.DryRun, lastSequence, clock.Elapsed);
    }

    /// <summary>Checks one parsed line against the store (endpoints, labels) and writes it when valid.</summary>
    private sealed class LineWriter(IGraphWriteSession session, GraphSchema schema, string source, ImportTally tally)
    {
        private readonly List<ValidationProblem> _problems = [];

        public async ValueTask WriteAsync(JsonLine line, CancellationToken cancellationToken)
        {
            _problems.Clear();
            switch (InterchangeParser.Parse(line.Bytes, schema, _problems))
            {
                case NodeRecord { Node: var node } record:
                    var existing = await session.FindLabelAsync(node.Id, cancellationToken);
                    if (existing is not null && existing != node.Label)
                    {
                        _problems.Add(new("id", $"'{node.Id}' is already a {existing}; one id cannot have two labels (this line says {node.Label})"));
                        break;
                    }

                    tally.CountNode(await session.UpsertNodeAsync(node, record.Provenance, cancellationToken));
                    break;

                case RelationshipRecord relationshipRecord:
                    await CheckEndpointAsync(relationshipRecord, start: true, cancellationToken);
                    await CheckEndpointAsync(relationshipRecord, start: false, cancellationToken);
                    if (_problems.Count == 0)
                    {
                        tally.CountRelationship(await session.UpsertRelationshipAsync(
                            relationshipRecord.Relationship, relationshipRecord.Provenance, cancellationToken));
                    }

                    break;
            }

            foreach (var problem in _problems)
            {
                tally.AddError(source, line.Number, problem);
            }
        }

        private async ValueTask CheckEndpointAsync(RelationshipRecord record, bool start, CancellationToken cancellationToken)
        {
            var relationship = record.Relationship;
            var (path, id, claimed) = start ? ("start.id", relationship.StartId, record.StartLabel) : ("end.id", relationship.EndId, record.EndLabel);
            var label = await session.FindLabelAsync(id, cancellationToken);
            var type = schema.GetRelationshipType(relationship.Type);
            if (label is null)
            {
                _problems.Add(new(path, $"node '{id}' does not exist: define it on an earlier line or import it first"));
            }
            else if (type.CheckEndpoint(id, label, start) is { } wrongLabel)
            {
                _problems.Add(new(path, wrongLabel));
            }
            else if (claimed is not null && claimed != label)
            {
                _problems.Add(new(path, $"the line says '{id}' is a {claimed}, but it is a {label}"));
            }
        }
    }
}
