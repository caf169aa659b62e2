using InnovationNetwork.Analytics.Text;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// The arrays behind a snapshot, one slot per node index. A published instance is never changed: an update
/// copies the arrays (<see cref="CopyWith"/>, a few milliseconds at 185k nodes) and then clones only the
/// per-node lists it edits (<see cref="SnapshotEditor"/>), so readers of the old version are never disturbed.
/// Per-node lists are null where a node has none. A deleted node leaves a hole (empty label, no lists)
/// until the next full build.
/// </summary>
internal sealed class SnapshotData
{
    public SnapshotData(int count)
    {
        Ids = new string[count];
        IndexById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        Labels = new string[count];
        Names = new string[count];
        Open = new bool[count];
        Severity = new int[count];
        OpenBottleneck = new bool[count];
        Kinds = new string?[count];
        GoldenTriangle = new bool[count];
        IsItl1 = new bool[count];
        RegionOf = Filled(count, -1);
        Itl1Of = Filled(count, -1);
        Terms = new TermCounts?[count];
    }

    public long Sequence { get; set; }

    /// <summary>Holes left by deleted nodes since the last full build.</summary>
    public int DeletedCount { get; set; }

    public string[] Ids { get; private set; }

    public Dictionary<string, int> IndexById { get; set; }

    public string[] Labels { get; private set; }

    public string[] Names { get; private set; }

    public bool[] Open { get; private set; }

    public int[] Severity { get; private set; }

    public bool[] OpenBottleneck { get; private set; }

    public string?[] Kinds { get; private set; }

    public bool[] GoldenTriangle { get; private set; }

    public bool[] IsItl1 { get; private set; }

    public int[] RegionOf { get; private set; }

    public int[] Itl1Of { get; private set; }

    public List<SkillLink>?[] Has { get; private set; } = [];

    public List<SkillLink>?[] Needs { get; private set; } = [];

    public List<SkillLink>?[] Holders { get; private set; } = [];

    public List<int>?[] Faces { get; private set; } = [];

    public List<int>?[] FacedBy { get; private set; } = [];

    public List<int>?[] Requires { get; private set; } = [];

    public List<int>?[] RequiredFor { get; private set; } = [];

    public List<int>?[] Addresses { get; private set; } = [];

    public List<int>?[] AddressedBy { get; private set; } = [];

    public List<int>?[] ProjectsOf { get; private set; } = [];

    public List<int>?[] Participants { get; private set; } = [];

    public List<RelatedSkill>?[] Related { get; private set; } = [];

    public List<int>?[] PartOf { get; private set; } = [];

    public List<Funding>?[] FundedBy { get; private set; } = [];

    /// <summary>The labs and firms LOCATED_IN a region (directly), for walks from a region to its residents.</summary>
    public List<int>?[] Residents { get; private set; } = [];

    public HashSet<(int, int)> Borders { get; set; } = [];

    /// <summary>The terms of each bottleneck's and project's title and description (null for other nodes).</summary>
    public TermCounts?[] Terms { get; private set; }

    /// <summary>
    /// Term → id. Shared by the versions that follow one full build and only ever added to, by the one writer:
    /// queries never look a term up, they use the ids already in <see cref="Terms"/>.
    /// </summary>
    public Dictionary<string, int> Vocabulary { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many texts hold each term, by term id (may be longer than the vocabulary).</summary>
    public int[] DocumentFrequency { get; set; } = [];

    /// <summary>How many texts there are: bottlenecks and projects.</summary>
    public int DocumentCount { get; set; }

    public int Count => Ids.Length;

    /// <summary>Allocates the per-node lists of a snapshot built from nothing.</summary>
    public static SnapshotData Empty(int count)
    {
        var data = new SnapshotData(count);
        data.ForEachListArray(new ListArrayAllocator(count));
        return data;
    }

    /// <summary>A copy with room for <paramref name="count"/> nodes; the per-node lists are shared until edited.</summary>
    public SnapshotData CopyWith(int count)
    {
        var copy = new SnapshotData(0)
        {
            Sequence = Sequence,
            DeletedCount = DeletedCount,
            IndexById = IndexById,
            Borders = Borders,
            Ids = Resized(Ids, count, string.Empty),
            Labels = Resized(Labels, count, string.Empty),
            Names = Resized(Names, count, string.Empty),
            Open = Resized(Open, count, false),
            Severity = Resized(Severity, count, 0),
            OpenBottleneck = Resized(OpenBottleneck, count, false),
            Kinds = Resized(Kinds, count, null),
            GoldenTriangle = Resized(GoldenTriangle, count, false),
            IsItl1 = Resized(IsItl1, count, false),
            RegionOf = Resized(RegionOf, count, -1),
            Itl1Of = Resized(Itl1Of, count, -1),
            Terms = Resized(Terms, count, null),
            Vocabulary = Vocabulary,
            DocumentFrequency = DocumentFrequency,
            DocumentCount = DocumentCount,
        };
        copy.ForEachListArray(new ListArrayCopier(this, count));
        return copy;
    }

    private static T[] Resized<T>(T[] source, int count, T fill)
    {
        var array = new T[count];
        Array.Copy(source, array, Math.Min(source.Length, count));
        Array.Fill(array, fill, source.Length, Math.Max(0, count - source.Length));
        return array;
    }

    private static int[] Filled(int count, int value)
    {
        var array = new int[count];
        Array.Fill(array, value);
        return array;
    }

    /// <summary>Visits every per-node list array, so allocation and copying cannot forget one.</summary>
    private void ForEachListArray(IListArrayVisitor visitor)
    {
        Has = visitor.Visit(Has, d => d.Has);
        Needs = visitor.Visit(Needs, d => d.Needs);
        Holders = visitor.Visit(Holders, d => d.Holders);
        Faces = visitor.Visit(Faces, d => d.Faces);
        FacedBy = visitor.Visit(FacedBy, d => d.FacedBy);
        Requires = visitor.Visit(Requires, d => d.Requires);
        RequiredFor = visitor.Visit(RequiredFor, d => d.RequiredFor);
        Addresses = visitor.Visit(Addresses, d => d.Addresses);
        AddressedBy = visitor.Visit(AddressedBy, d => d.AddressedBy);
        ProjectsOf = visitor.Visit(ProjectsOf, d => d.ProjectsOf);
        Participants = visitor.Visit(Participants, d => d.Participants);
        Related = visitor.Visit(Related, d => d.Related);
        PartOf = visitor.Visit(PartOf, d => d.PartOf);
        FundedBy = visitor.Visit(FundedBy, d => d.FundedBy);
        Residents = visitor.Visit(Residents, d => d.Residents);
    }

    private interface IListArrayVisitor
    {
        List<T>?[] Visit<T>(List<T>?[] current, Func<SnapshotData, List<T>?[]> select);
    }

    private sealed class ListArrayAllocator(int count) : IListArrayVisitor
    {
        public List<T>?[] Visit<T>(List<T>?[] current, Func<SnapshotData, List<T>?[]> select) => new List<T>?[count];
    }

    private sealed class ListArrayCopier(SnapshotData source, int count) : IListArrayVisitor
    {
        public List<T>?[] Visit<T>(List<T>?[] current, Func<SnapshotData, List<T>?[]> select) => Resized(select(source), count, null);
    }
}
