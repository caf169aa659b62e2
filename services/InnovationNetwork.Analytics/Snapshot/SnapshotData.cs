using InnovationNetwork.Analytics.Text;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// The arrays behind a snapshot, one slot per node index. A published instance is never changed: the next
/// version starts sharing every array (<see cref="CopyWith"/>; all are copied only when nodes are added), and
/// its editor copies an array the first time it writes to it and clones a per-node list the first time it
/// edits it (<see cref="SnapshotEditor"/>), so readers of the old version are never disturbed. The arrays are
/// fields so the editor can swap in its copy by reference.
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

    public string[] Ids;

    public Dictionary<string, int> IndexById { get; set; }

    public string[] Labels;

    public string[] Names;

    public bool[] Open;

    public int[] Severity;

    public bool[] OpenBottleneck;

    public string?[] Kinds;

    public bool[] GoldenTriangle;

    public bool[] IsItl1;

    public int[] RegionOf;

    public int[] Itl1Of;

    public List<SkillLink>?[] Has = [];

    public List<SkillLink>?[] Needs = [];

    public List<SkillLink>?[] Holders = [];

    public List<int>?[] Faces = [];

    public List<int>?[] FacedBy = [];

    public List<int>?[] Requires = [];

    public List<int>?[] RequiredFor = [];

    public List<int>?[] Addresses = [];

    public List<int>?[] AddressedBy = [];

    public List<int>?[] ProjectsOf = [];

    public List<int>?[] Participants = [];

    public List<RelatedSkill>?[] Related = [];

    public List<int>?[] PartOf = [];

    public List<Funding>?[] FundedBy = [];

    /// <summary>The labs and firms LOCATED_IN a region (directly), for walks from a region to its residents.</summary>
    public List<int>?[] Residents = [];

    public HashSet<(int, int)> Borders { get; set; } = [];

    /// <summary>The terms of each bottleneck's and project's title and description (null for other nodes).</summary>
    public TermCounts?[] Terms;

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

    /// <summary>
    /// The start of the next version, with room for <paramref name="count"/> nodes: sharing every array when the
    /// count is unchanged, else with every array copied (the per-node lists are shared either way).
    /// </summary>
    public SnapshotData CopyWith(int count)
    {
        if (count == Count)
        {
            return (SnapshotData)MemberwiseClone();
        }

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
