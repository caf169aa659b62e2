namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// The few per-entity facts that later entities depend on (where each organisation and bottleneck is), kept as
/// small arrays; everything else is re-derived from per-entity random streams when it is written.
/// </summary>
internal sealed class GenerationWorld
{
    public GenerationWorld(GeneratorOptions options)
    {
        Seed = options.Seed;
        Labs = Math.Max(1, (int)Math.Round(options.Organisations * 0.08));
        Funders = Math.Max(1, options.Organisations / 50);
        Firms = options.Organisations - Labs - Funders;
        Bottlenecks = options.Bottlenecks;
        Projects = options.Projects;
        Catalog = new SkillCatalog(options.Skills);

        var random = SplitMix64.For(Seed, RandomStream.OrganisationRegions, 0);
        var weights = UkRegions.Itl2.Select(r => r.Weight).ToArray();
        CollaboratorItl2 = new byte[Collaborators];
        for (var i = 0; i < CollaboratorItl2.Length; i++)
        {
            CollaboratorItl2[i] = (byte)random.Weighted(weights);
        }

        FunderItl2 = new byte[Funders];
        for (var i = 0; i < FunderItl2.Length; i++)
        {
            FunderItl2[i] = (byte)random.Weighted(weights);
        }

        CollaboratorsByRegion = new RegionBuckets(Collaborators, CollaboratorItl1);
        FundersByRegion = new RegionBuckets(Funders, f => UkRegions.Itl2[FunderItl2[f]].Itl1);
        Organisations = new OrganisationPlanner(this);
        Bottleneck = new BottleneckPlanner(this);

        var plan = new BottleneckPlan();
        BottlenecksByRegion = new RegionBuckets(Bottlenecks, b => CollaboratorItl1(Bottleneck.Draw(b, plan).Facers[0]));
    }

    public int Seed { get; }

    public int Labs { get; }

    public int Firms { get; }

    public int Funders { get; }

    /// <summary>Labs and firms, the organisations that hold skills and take part in projects: labs first.</summary>
    public int Collaborators => Labs + Firms;

    public int Bottlenecks { get; }

    public int Projects { get; }

    public SkillCatalog Catalog { get; }

    /// <summary>Each lab's and firm's ITL2 region (index into <see cref="UkRegions.Itl2"/>).</summary>
    public byte[] CollaboratorItl2 { get; }

    public byte[] FunderItl2 { get; }

    public RegionBuckets CollaboratorsByRegion { get; }

    public RegionBuckets FundersByRegion { get; }

    public RegionBuckets BottlenecksByRegion { get; }

    public OrganisationPlanner Organisations { get; }

    public BottleneckPlanner Bottleneck { get; }

    public int CollaboratorItl1(int collaborator) => UkRegions.Itl2[CollaboratorItl2[collaborator]].Itl1;

    public NodeRef Collaborator(int collaborator) =>
        collaborator < Labs ? new(EntityKind.Lab, collaborator) : new(EntityKind.Firm, collaborator - Labs);

    public bool IsLab(int collaborator) => collaborator < Labs;

    /// <summary>A category the region does not specialise in, to create demand its own organisations cannot meet.</summary>
    public static int OutsideSpecialisms(int itl1, ref SplitMix64 random)
    {
        var specialisms = UkRegions.Itl1[itl1].Specialisms;
        var category = random.Next(SkillVocabulary.Categories.Length);
        while (specialisms.Contains(category))
        {
            category = (category + 1) % SkillVocabulary.Categories.Length;
        }

        return category;
    }
}
