namespace InnovationNetwork.Cli.Generation;

/// <summary>A lab's or firm's skills, as drawn by <see cref="OrganisationPlanner"/>; reused between draws.</summary>
internal sealed class OrganisationSkills
{
    public const int MaxHeld = 8;
    public const int MaxNeeded = 3;

    /// <summary>Held skills first, then needed ones; all distinct.</summary>
    public int[] Skills { get; } = new int[MaxHeld + MaxNeeded];

    /// <summary>Level (held) or priority (needed), 1–5, parallel to <see cref="Skills"/>.</summary>
    public int[] Grades { get; } = new int[MaxHeld + MaxNeeded];

    public int HeldCount { get; set; }

    public int NeededCount { get; set; }

    public int PrimaryCategory { get; set; }

    public ReadOnlySpan<int> Held => Skills.AsSpan(0, HeldCount);

    public ReadOnlySpan<int> Needed => Skills.AsSpan(HeldCount, NeededCount);
}

/// <summary>
/// Draws each lab's and firm's skills from its own random stream, so the node (whose description names them) and
/// its HAS_SKILL / NEEDS_SKILL lines, written far apart, agree without storing the draws.
/// </summary>
internal sealed class OrganisationPlanner(GenerationWorld world)
{
    // Relative weights of 3..8 held skills and 0..3 needed ones, tuned so 100k organisations give ~1.5M relationships.
    private static readonly int[] HeldWeights = [1, 1, 2, 3, 4, 6];
    private static readonly int[] NeededWeights = [1, 2, 3, 4];
    private static readonly int[] LabLevelWeights = [0, 1, 3, 5, 3];
    private static readonly int[] FirmLevelWeights = [2, 5, 5, 3, 1];

    public OrganisationSkills Draw(int collaborator, OrganisationSkills into)
    {
        var random = SplitMix64.For(world.Seed, RandomStream.OrganisationSkills, collaborator);
        var itl1 = world.CollaboratorItl1(collaborator);
        var specialisms = UkRegions.Itl1[itl1].Specialisms;
        var catalog = world.Catalog;
        var levels = world.IsLab(collaborator) ? LabLevelWeights : FirmLevelWeights;

        // Most organisations work in one of their region's specialisms: that is what makes clusters visible.
        into.PrimaryCategory = random.Chance(0.7) ? random.Pick(specialisms) : random.Next(SkillVocabulary.Categories.Length);
        into.HeldCount = 3 + random.Weighted(HeldWeights);
        for (var i = 0; i < into.HeldCount; i++)
        {
            var roll = random.NextDouble();
            var category = roll < 0.55 ? into.PrimaryCategory
                : roll < 0.85 ? random.Pick(specialisms)
                : random.Next(SkillVocabulary.Categories.Length);
            into.Skills[i] = catalog.Draw(category, ref random, into.Skills.AsSpan(0, i));
            into.Grades[i] = 1 + random.Weighted(levels);
        }

        into.NeededCount = random.Weighted(NeededWeights);
        for (var i = into.HeldCount; i < into.HeldCount + into.NeededCount; i++)
        {
            // Half of all needs fall outside the region's strengths, so regional supply gaps exist.
            var category = random.Chance(0.5) ? GenerationWorld.OutsideSpecialisms(itl1, ref random) : random.Pick(specialisms);
            into.Skills[i] = catalog.Draw(category, ref random, into.Skills.AsSpan(0, i));
            into.Grades[i] = random.Between(1, 5);
        }

        return into;
    }
}
