namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// SplitMix64: a tiny, fast generator whose output is fixed by its algorithm, so generated graphs never change
/// with the runtime (System.Random's algorithm is an implementation detail). Not for security.
/// </summary>
internal struct SplitMix64(ulong state)
{
    private ulong _state = state;

    /// <summary>
    /// An independent stream for one entity: re-creating it replays the same draws, which lets the generator write
    /// a node first and its relationships much later without keeping the draws in memory.
    /// </summary>
    public static SplitMix64 For(int seed, RandomStream stream, int index)
    {
        var mixed = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)stream << 40));
        return new SplitMix64(Mix(mixed ^ (ulong)(uint)index));
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in [0, maxExclusive); Lemire's multiply-shift, bias below 2^-32 for our sizes.</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)(uint)maxExclusive) >> 32);

    /// <summary>A value in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    /// <summary>A value in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Index drawn with the given relative weights.</summary>
    public int Weighted(ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Separate random streams, so adding draws to one entity kind never shifts another's.</summary>
internal enum RandomStream
{
    OrganisationRegions = 1,
    OrganisationNode,
    OrganisationSkills,
    SkillNode,
    SkillRelations,
    Bottleneck,
    BottleneckNode,
    Project,
    ProjectNode,
}
