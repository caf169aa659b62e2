namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// An immutable, in-memory adjacency view of the graph for analytics: every node gets a dense index and
/// every relationship the scorers follow is an array lookup. Built from the store by
/// <see cref="GraphSnapshotBuilder"/> and moved forward along the change feed by <see cref="SnapshotUpdater"/>
/// into a new version; safe to share between threads.
/// </summary>
/// <remarks>
/// Node indexes are stable within one version only. After deletions a version can hold holes: indexes whose
/// label is empty, which belong to no id and have no relationships; every label test skips them.
/// </remarks>
public sealed class GraphSnapshot
{
    internal GraphSnapshot(SnapshotData data) => Data = data;

    /// <summary>The change sequence of the store this snapshot reflects.</summary>
    public long Sequence => Data.Sequence;

    /// <summary>The number of node indexes, holes included.</summary>
    public int NodeCount => Data.Count;

    internal SnapshotData Data { get; }

    public int? IndexOf(string id) => Data.IndexById.TryGetValue(id, out var index) ? index : null;

    public string IdOf(int node) => Data.Ids[node];

    public string LabelOf(int node) => Data.Labels[node];

    public string NameOf(int node) => Data.Names[node];

    /// <summary>The region a node is located in (the smallest id when it has several), or -1.</summary>
    public int RegionOf(int node) => Data.RegionOf[node];

    /// <summary>The ITL1 region containing a node's location (or the region itself), or -1.</summary>
    public int Itl1Of(int node) => Data.Itl1Of[node];

    public bool IsOrganisation(int node) => Data.Labels[node] is "Lab" or "Firm";

    public bool IsOpenToCollaboration(int node) => Data.Open[node];

    public IReadOnlyList<SkillLink> SkillsOf(int organisation) => OrEmpty(Data.Has[organisation]);

    public IReadOnlyList<SkillLink> NeedsOf(int organisation) => OrEmpty(Data.Needs[organisation]);

    public IReadOnlyList<SkillLink> HoldersOf(int skill) => OrEmpty(Data.Holders[skill]);

    public IReadOnlyList<int> BottlenecksFacedBy(int organisation) => OrEmpty(Data.Faces[organisation]);

    public IReadOnlyList<int> FacersOf(int bottleneck) => OrEmpty(Data.FacedBy[bottleneck]);

    public IReadOnlyList<int> SkillsRequiredBy(int bottleneck) => OrEmpty(Data.Requires[bottleneck]);

    public IReadOnlyList<int> ProjectsOf(int organisation) => OrEmpty(Data.ProjectsOf[organisation]);

    public IReadOnlyList<int> ParticipantsOf(int project) => OrEmpty(Data.Participants[project]);

    /// <summary>The labs and firms located directly in a region (not in the regions inside it).</summary>
    public IReadOnlyList<int> OrganisationsIn(int region) => OrEmpty(Data.Residents[region]);

    public IReadOnlyList<RelatedSkill> RelatedTo(int skill) => OrEmpty(Data.Related[skill]);

    public int Severity(int bottleneck) => Data.Severity[bottleneck];

    public bool IsOpenBottleneck(int bottleneck) => Data.OpenBottleneck[bottleneck];

    /// <summary>A bottleneck's category, a funder's or lab's kind; null when not recorded or for other labels.</summary>
    public string? KindOf(int node) => Data.Kinds[node];

    /// <summary>Whether a region is flagged goldenTriangle (London, Oxford, Cambridge).</summary>
    public bool IsGoldenTriangle(int region) => Data.GoldenTriangle[region];

    /// <summary>The regions a region is directly PART_OF (one level up; ITL2 regions may have an ITL1 and an authority).</summary>
    public IReadOnlyList<int> PartOf(int region) => OrEmpty(Data.PartOf[region]);

    /// <summary>Bottlenecks that REQUIRE a skill.</summary>
    public IReadOnlyList<int> BottlenecksRequiring(int skill) => OrEmpty(Data.RequiredFor[skill]);

    /// <summary>Projects that ADDRESS a bottleneck.</summary>
    public IReadOnlyList<int> ProjectsAddressing(int bottleneck) => OrEmpty(Data.AddressedBy[bottleneck]);

    /// <summary>Bottlenecks a project ADDRESSES.</summary>
    public IReadOnlyList<int> BottlenecksAddressedBy(int project) => OrEmpty(Data.Addresses[project]);

    /// <summary>The FUNDS relationships into a project: who funds it and how much.</summary>
    public IReadOnlyList<Funding> FundingOf(int project) => OrEmpty(Data.FundedBy[project]);

    /// <summary>Whether two ITL1 regions share a border.</summary>
    public bool Borders(int itl1, int otherItl1) => Data.Borders.Contains((Math.Min(itl1, otherItl1), Math.Max(itl1, otherItl1)));

    private static IReadOnlyList<T> OrEmpty<T>(IReadOnlyList<T>? list) => list ?? [];
}

/// <summary>An organisation–skill link with its level (HAS_SKILL) or priority (NEEDS_SKILL), seen from either end.</summary>
public readonly record struct SkillLink(int Node, int Strength);

/// <summary>A RELATED_TO neighbour and the relation's weight.</summary>
public readonly record struct RelatedSkill(int Skill, double Weight);

/// <summary>A FUNDS relationship seen from the project: the funder and the amount (0 when not recorded).</summary>
public readonly record struct Funding(int Funder, double AmountGbp);
