namespace InnovationNetwork.Cli.Generation;

/// <summary>A project's participants (lead first), skills, funders and bottlenecks; reused between draws.</summary>
internal sealed class ProjectPlan
{
    public const int MaxParticipants = 6;

    public int[] Participants { get; } = new int[MaxParticipants];

    public int ParticipantCount { get; set; }

    public int Lead => Participants[0];

    public int[] Skills { get; } = new int[4];

    public int SkillCount { get; set; }

    public int[] Funders { get; } = new int[2];

    /// <summary>Each funder's award in whole pounds; together never more than the budget.</summary>
    public long[] Awards { get; } = new long[2];

    public int FunderCount { get; set; }

    public int[] Bottlenecks { get; } = new int[2];

    public int BottleneckCount { get; set; }

    public ProjectTerms Terms { get; set; }
}

/// <summary>Draws projects from per-project random streams (see <see cref="OrganisationPlanner"/> for why).</summary>
internal sealed class ProjectPlanner(GenerationWorld world)
{
    private const int Attempts = 8;
    private static readonly int[] ParticipantWeights = [3, 4, 4, 3, 2];
    private static readonly int[] BottleneckWeights = [3, 4, 3];

    private readonly OrganisationSkills _leadSkills = new();

    public ProjectPlan Draw(int project, ProjectPlan into)
    {
        var random = SplitMix64.For(world.Seed, RandomStream.Project, project);
        into.Terms = ProjectTerms.Draw(world.Seed, project);

        // Labs are 8% of organisations but lead about a third of projects.
        var lead = random.Chance(0.35) ? random.Next(world.Labs) : world.Labs + random.Next(world.Firms);
        var itl1 = world.CollaboratorItl1(lead);
        into.Participants[0] = lead;
        into.ParticipantCount = 1;
        var wanted = 2 + random.Weighted(ParticipantWeights);
        if (random.Chance(0.3))
        {
            AddParticipant(into, DrawOutside(itl1, ref random));
        }

        for (var attempt = 0; into.ParticipantCount < wanted && attempt < wanted * Attempts; attempt++)
        {
            AddParticipant(into, world.CollaboratorsByRegion.Pick(itl1, ref random));
        }

        DrawSkills(into, lead, itl1, ref random);
        DrawFunders(into, itl1, ref random);

        into.BottleneckCount = 0;
        var addressed = random.Weighted(BottleneckWeights);
        for (var attempt = 0; into.BottleneckCount < addressed && attempt < Attempts; attempt++)
        {
            var bottleneck = world.BottlenecksByRegion.Pick(itl1, ref random);
            if (bottleneck >= 0 && !into.Bottlenecks.AsSpan(0, into.BottleneckCount).Contains(bottleneck))
            {
                into.Bottlenecks[into.BottleneckCount++] = bottleneck;
            }
        }

        return into;
    }

    private int DrawOutside(int itl1, ref SplitMix64 random)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var candidate = random.Next(world.Collaborators);
            if (world.CollaboratorItl1(candidate) != itl1)
            {
                return candidate;
            }
        }

        return -1;
    }

    private static void AddParticipant(ProjectPlan into, int candidate)
    {
        if (candidate >= 0 && !into.Participants.AsSpan(0, into.ParticipantCount).Contains(candidate))
        {
            into.Participants[into.ParticipantCount++] = candidate;
        }
    }

    private void DrawSkills(ProjectPlan into, int lead, int itl1, ref SplitMix64 random)
    {
        // The project builds on something its lead is good at, plus skills typical of the lead's region.
        var held = world.Organisations.Draw(lead, _leadSkills).Held;
        into.Skills[0] = held[random.Next(held.Length)];
        into.SkillCount = 1;
        var wanted = random.Between(2, 4);
        var specialisms = UkRegions.Itl1[itl1].Specialisms;
        while (into.SkillCount < wanted)
        {
            var category = random.Chance(0.7) ? random.Pick(specialisms) : random.Next(SkillVocabulary.Categories.Length);
            into.Skills[into.SkillCount] = world.Catalog.Draw(category, ref random, into.Skills.AsSpan(0, into.SkillCount));
            into.SkillCount++;
        }
    }

    private void DrawFunders(ProjectPlan into, int itl1, ref SplitMix64 random)
    {
        var local = random.Chance(0.5) ? world.FundersByRegion.Pick(itl1, ref random) : -1;
        into.Funders[0] = local >= 0 ? local : random.Next(world.Funders);
        into.FunderCount = 1;
        var budget = into.Terms.BudgetGbp;
        if (world.Funders > 1 && random.Chance(0.4))
        {
            var second = random.Next(world.Funders);
            if (second != into.Funders[0])
            {
                into.Funders[1] = second;
                into.FunderCount = 2;
            }
        }

        if (into.FunderCount == 1)
        {
            into.Awards[0] = (long)(budget * (0.6 + (0.4 * random.NextDouble())));
            return;
        }

        into.Awards[0] = (long)(budget * (0.4 + (0.4 * random.NextDouble())));
        into.Awards[1] = (long)((budget - into.Awards[0]) * (0.5 + (0.5 * random.NextDouble())));
    }
}
