using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Graph.Interchange;

/// <summary>Counts what an import did and keeps the first errors in full.</summary>
internal sealed class ImportTally(int maxListedErrors)
{
    private readonly List<ImportError> _errors = [];

    public long Lines { get; set; }

    public long ErrorCount { get; private set; }

    private long NodesWritten { get; set; }

    private long NodesUnchanged { get; set; }

    private long RelationshipsWritten { get; set; }

    private long RelationshipsUnchanged { get; set; }

    public void CountNode(bool changed)
    {
        if (changed)
        {
            NodesWritten++;
        }
        else
        {
            NodesUnchanged++;
        }
    }

    public void CountRelationship(bool changed)
    {
        if (changed)
        {
            RelationshipsWritten++;
        }
        else
        {
            RelationshipsUnchanged++;
        }
    }

    public void AddError(string source, long line, ValidationProblem problem)
    {
        ErrorCount++;
        if (_errors.Count < maxListedErrors)
        {
            _errors.Add(new ImportError(source, line, problem.Path, problem.Message));
        }
    }

    public ImportReport ToReport(bool applied, bool dryRun, long lastSequence, TimeSpan elapsed) => new(
        Lines, NodesWritten, NodesUnchanged, RelationshipsWritten, RelationshipsUnchanged,
        _errors, ErrorCount, applied, dryRun, lastSequence, elapsed);
}
