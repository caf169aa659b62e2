namespace InnovationNetwork.Graph.Validation;

/// <summary>One thing wrong with an input: where (a dotted path such as <c>properties.severity</c>) and what.</summary>
public sealed record ValidationProblem(string Path, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Path) ? Message : $"{Path}: {Message}";
}
