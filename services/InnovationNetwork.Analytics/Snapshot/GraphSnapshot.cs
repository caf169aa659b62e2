namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// An immutable, in-memory adjacency view of the graph for analytics: every node gets a dense index and
/// every relationship the scorers follow is an array lookup. Built from the store by
/// <see cref="GraphSnapshotBuilder"/>; safe to share between threads; replaced whole when the graph changes.
/// </summary>
public sealed class GraphSnapshot
{
    internal GraphSnapshot(SnapshotData data) => Data = data;

    /// <summary>The change sequence of the store this snapshot reflects.</summary>
    public long Sequence => Data.Sequence;

    public int NodeCount => Data.Ids.Length;

    internal SnapshotData Data { get; }

    public int? IndexOf(string id) => Data.IndexById.TryGetValue(id, out var index) ? index : null;

    public string IdOf(int node) => Data.Ids[node];

    public string LabelOf(int node) => Data.Labels[node];

    public string NameOf(int node) => Data.Names[node];

    /// <summary>The region a node is located in, or -1.</summary>
    public int RegionOf(int node) => Data.RegionOf[node];

    /// <summary>The ITL1 region containing a node's location (or the region itself), or -1.</summary>
    public int Itl1Of(int node) => Data.Itl1Of[node];

    public bool IsOrganisation(int node) => Data.Labels[node] is "Lab" or "Firm";

    public bool IsOpenToCollaboration(int node) => Data.Open[node];

    public IReadOnlyList<SkillLink> SkillsOf(int organisation) => Data.Has[organisation];

    public IReadOnlyList<SkillLink> NeedsOf(int organisation) => Data.Needs[organisation];

    public IReadOnlyList<SkillLink> HoldersOf(int skill) => Data.Holders[skill];

    public IReadOnlyList<int> BottlenecksFacedBy(int organisation) => Data.Faces[organisation];

    public IReadOnlyList<int> FacersOf(int bottleneck) => Data.FacedBy[bottleneck];

    public IReadOnlyList<int> SkillsRequiredBy(int bottleneck) => Data.Requires[bottleneck];

    public IReadOnlyList<int> ProjectsOf(int organisation) => Data.ProjectsOf[organisation];

    public IReadOnlyList<int> ParticipantsOf(int project) => Data.Participants[project];

    public IReadOnlyList<RelatedSkill> RelatedTo(int skill) => Data.Related[skill];

    public int Severity(int bottleneck) => Data.Severity[bottleneck];

    public bool IsOpenBottleneck(int bottleneck) => Data.OpenBottleneck[bottleneck];

    /// <summary>A bottleneck's category, a funder's or lab's kind; null when not recorded or for other labels.</summary>
    public string? KindOf(int node) => Data.Kinds[node];

    /// <summary>Whether a region is flagged goldenTriangle (London, Oxford, Cambridge).</summary>
    public bool IsGoldenTriangle(int region) => Data.GoldenTriangle[region];

    /// <summary>The regions a region is directly PART_OF (one level up; ITL2 regions may have an ITL1 and an authority).</summary>
    public IReadOnlyList<int> PartOf(int region) => (IReadOnlyList<int>?)Data.PartOf[region] ?? [];

    /// <summary>The FUNDS relationships into a project: who funds it and how much.</summary>
    /// <summary>Bottlenecks that REQUIRE a skill.</summary>
    public IReadOnlyList<int> BottlenecksRequiring(int skill) => (IReadOnlyList<int>?)Data.RequiredFor[skill] ?? [];

    /// <summary>Projects that ADDRESS a bottleneck.</summary>
    public IReadOnlyList<int> ProjectsAddressing(int bottleneck) => (IReadOnlyList<int>?)Data.AddressedBy[bottleneck] ?? [];

    public IReadOnlyList<Funding> FundingOf(int project) => (IReadOnlyList<Funding>?)Data.FundedBy[project] ?? [];

    /// <summary>Whether two ITL1 regions share a border.</summary>
    public bool Borders(int itl1, int otherItl1) => Data.Borders.Contains((Math.Min(itl1, otherItl1), Math.Max(itl1, otherItl1)));
}

/// <summary>An organisation–skill link with its level (HAS_SKILL) or priority (NEEDS_SKILL), seen from either end.</summary>
public readonly record struct SkillLink(int Node, int Strength);

/// <summary>A RELATED_TO neighbour and the relation's weight.</summary>
public readonly record struct RelatedSkill(int Skill, double Weight);

/// <summary>A FUNDS relationship seen from the project: the funder and the amount (0 when not recorded).</summary>
public readonly record struct Funding(int Funder, double AmountGbp);

/// <summary>The arrays behind a snapshot, filled by the builder.</summary>
internal sealed class SnapshotData
{
    public long Sequence { get; init; }

    public required string[] Ids { get; init; }

    public required Dictionary<string, int> IndexById { get; init; }

    public required string[] Labels { get; init; }

    public required string[] Names { get; init; }

    public required bool[] Open { get; init; }

    public required int[] Severity { get; init; }

    public required bool[] OpenBottleneck { get; init; }

    public required string?[] Kinds { get; init; }

    public required bool[] GoldenTriangle { get; init; }

    public required int[] RegionOf { get; init; }

    public required int[] Itl1Of { get; init; }

    public required List<SkillLink>[] Has { get; init; }

    public required List<SkillLink>[] Needs { get; init; }

    public required List<SkillLink>[] Holders { get; init; }

    public required List<int>[] Faces { get; init; }

    public required List<int>[] FacedBy { get; init; }

    public required List<int>[] Requires { get; init; }

    public required List<int>[] ProjectsOf { get; init; }

    public required List<int>[] Participants { get; init; }

    public required List<RelatedSkill>[] Related { get; init; }

    public required HashSet<(int, int)> Borders { get; init; }

    /// <summary>Sparse: null for nodes with no PART_OF (every non-region).</summary>
    public required List<int>?[] PartOf { get; init; }

    /// <summary>Sparse: null for nodes nobody FUNDS.</summary>
    public required List<Funding>?[] FundedBy { get; init; }

    public required List<int>?[] RequiredFor { get; init; }

    public required List<int>?[] AddressedBy { get; init; }
}
