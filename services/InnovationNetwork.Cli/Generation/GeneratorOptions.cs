namespace InnovationNetwork.Cli.Generation;

/// <summary>Sizes and seed of a synthetic graph; the same options always produce the same bytes.</summary>
/// <remarks>
/// Skills, bottlenecks and projects scale with <see cref="Organisations"/> unless set explicitly. The defaults are
/// computed on read rather than stored, so <c>options with { Organisations = 500 }</c> rescales them too.
/// </remarks>
public sealed record GeneratorOptions(int Organisations = 100_000, int Seed = 1)
{
    public const int MinimumOrganisations = 10;
    public const int MinimumSkills = 12;

    private readonly int? _skills;
    private readonly int? _bottlenecks;
    private readonly int? _projects;

    /// <summary>Number of skills; defaults to max(50, organisations / 20).</summary>
    public int Skills { get => _skills ?? Math.Max(50, Organisations / 20); init => _skills = value; }

    /// <summary>Number of bottlenecks; defaults to organisations / 2.</summary>
    public int Bottlenecks { get => _bottlenecks ?? Organisations / 2; init => _bottlenecks = value; }

    /// <summary>Number of projects; defaults to organisations × 3 / 10.</summary>
    public int Projects { get => _projects ?? (int)(Organisations * 3L / 10); init => _projects = value; }

    /// <summary>Throws when a size is outside what the generator can honour.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Organisations, MinimumOrganisations, nameof(Organisations));
        ArgumentOutOfRangeException.ThrowIfLessThan(Skills, MinimumSkills, nameof(Skills));
        ArgumentOutOfRangeException.ThrowIfNegative(Bottlenecks, nameof(Bottlenecks));
        ArgumentOutOfRangeException.ThrowIfNegative(Projects, nameof(Projects));
    }
}

/// <summary>What a generation run wrote.</summary>
public sealed record GenerationSummary(long Nodes, long Relationships, long Lines, long Bytes);
