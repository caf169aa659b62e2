namespace InnovationNetwork.Cli.Generation;

/// <summary>Who faces a bottleneck, what kind it is and which skills unblock it; reused between draws.</summary>
internal sealed class BottleneckPlan
{
    public int[] Facers { get; } = new int[2];

    public int FacerCount { get; set; }

    public int Category { get; set; }

    public int[] Skills { get; } = new int[4];

    public int SkillCount { get; set; }

    public ReadOnlySpan<int> RequiredSkills => Skills.AsSpan(0, SkillCount);
}

/// <summary>Draws bottlenecks from per-bottleneck random streams (see <see cref="OrganisationPlanner"/> for why).</summary>
internal sealed class BottleneckPlanner(GenerationWorld world)
{
    /// <summary>The schema's categories, in the order of the reference facts.</summary>
    public static readonly string[] Categories =
    [
        "finance", "cost_risk", "skills", "knowledge", "collaboration", "absorptive_capacity",
        "facilities", "infrastructure", "market", "regulation", "good_work",
    ];

    // Cost, finance and skills are the barriers UK firms cite most (UK Innovation Survey).
    private static readonly int[] CategoryWeights = [14, 12, 16, 9, 9, 6, 10, 6, 8, 7, 3];
    private static readonly int[] SkillCountWeights = [2, 4, 3, 2];

    public BottleneckPlan Draw(int bottleneck, BottleneckPlan into)
    {
        var random = SplitMix64.For(world.Seed, RandomStream.Bottleneck, bottleneck);
        var first = random.Next(world.Collaborators);
        var itl1 = world.CollaboratorItl1(first);
        into.Facers[0] = first;
        into.FacerCount = 1;
        if (random.Chance(0.4))
        {
            // A shared bottleneck is shared with a neighbour: a second organisation in the same ITL1 region.
            var second = world.CollaboratorsByRegion.Pick(itl1, ref random);
            if (second >= 0 && second != first)
            {
                into.Facers[into.FacerCount++] = second;
            }
        }

        into.Category = random.Weighted(CategoryWeights);
        into.SkillCount = 1 + random.Weighted(SkillCountWeights);
        var specialisms = UkRegions.Itl1[itl1].Specialisms;
        for (var i = 0; i < into.SkillCount; i++)
        {
            // Over half the required skills come from outside the region's specialisms: the supply gaps to find.
            var category = random.Chance(0.55) ? GenerationWorld.OutsideSpecialisms(itl1, ref random) : random.Pick(specialisms);
            into.Skills[i] = world.Catalog.Draw(category, ref random, into.Skills.AsSpan(0, i));
        }

        return into;
    }
}
