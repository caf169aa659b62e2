using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// Writes one new snapshot version. Over a previous version it works copy-on-write: an array is copied the
/// first time this version writes a changed value to it, and a per-node list is cloned the first time this
/// version edits it, so the previous version (still read by queries) is never touched and a small change
/// copies little. A fresh editor owns everything from the start.
/// </summary>
internal sealed partial class SnapshotEditor
{
    private readonly SnapshotData _data;
    private readonly bool _fresh;
    private readonly bool _ownArrays;
    private readonly HashSet<object> _owned = new(ReferenceEqualityComparer.Instance);
    private bool _ownIndex;
    private bool _ownBorders;
    private bool _hierarchyChanged;
    private int _next;

    private SnapshotEditor(SnapshotData data, bool fresh, bool ownArrays, int next)
    {
        (_data, _fresh, _ownArrays, _next) = (data, fresh, ownArrays, next);
        (_ownIndex, _ownBorders) = (fresh, fresh);
    }

    /// <summary>An editor for a snapshot of <paramref name="count"/> nodes, built from nothing.</summary>
    public static SnapshotEditor Fresh(int count, long sequence)
    {
        var data = SnapshotData.Empty(count);
        data.Sequence = sequence;
        return new SnapshotEditor(data, fresh: true, ownArrays: true, next: 0);
    }

    /// <summary>An editor for the version after <paramref name="previous"/>, with room for <paramref name="added"/> new nodes.</summary>
    public static SnapshotEditor After(SnapshotData previous, int added, long sequence)
    {
        var data = previous.CopyWith(previous.Count + added);
        data.Sequence = sequence;
        return new SnapshotEditor(data, fresh: false, ownArrays: added > 0, next: previous.Count);
    }

    public int? IndexOf(string id) => _data.IndexById.TryGetValue(id, out var index) ? index : null;

    public string LabelOf(int node) => _data.Labels[node];

    public string IdOf(int node) => _data.Ids[node];

    public int RegionOf(int node) => _data.RegionOf[node];

    /// <summary>Gives a new node the next free index (the editor was sized for it) and its properties.</summary>
    public int Add(GraphNode node)
    {
        var index = _next++;
        Index()[node.Id] = index;
        Set(ref _data.Ids, index, node.Id);
        Set(ref _data.Labels, index, string.Intern(node.Label));
        Update(index, node);
        return index;
    }

    /// <summary>Takes a node's current properties; its relationships are edited separately.</summary>
    public void Update(int index, GraphNode node)
    {
        var properties = node.Properties;
        Set(ref _data.Names, index, properties.GetString("name") ?? properties.GetString("title") ?? node.Id);
        Set(ref _data.Open, index, properties.GetBoolean("openToCollaboration") ?? true);
        Set(ref _data.Severity, index, (int)(properties.GetInt64("severity") ?? 3));
        Set(ref _data.OpenBottleneck, index, node.Label == "Bottleneck" && (properties.GetString("status") ?? "open") != "resolved");
        Set(ref _data.Kinds, index, KindOf(node));
        Set(ref _data.GoldenTriangle, index, node.Label == "Region" && properties.GetBoolean("goldenTriangle") == true);
        Set(ref _data.IsItl1, index, node.Label == "Region" && properties.GetString("level") == "ITL1");
        UpdateText(index, node);
        // Any region change re-resolves ITL1 ancestry: a pass over the nodes, and regions change rarely.
        _hierarchyChanged |= node.Label == "Region";
    }

    /// <summary>
    /// Turns a deleted node into a hole. Its relationships must already be unlinked: the store reports each
    /// relationship a node deletion removes as a change of its own.
    /// </summary>
    public void Remove(int index)
    {
        Locate(index, -1);
        RemoveText(index);
        _hierarchyChanged |= _data.Labels[index] == "Region";
        Index().Remove(_data.Ids[index]);
        Set(ref _data.Labels, index, string.Empty);
        Set(ref _data.IsItl1, index, false);
        Set(ref _data.OpenBottleneck, index, false);
        Set(ref _data.Kinds, index, null);
        _data.DeletedCount++;
    }

    /// <summary>Sets the region a node is located in (-1: none), keeping the region's residents in step.</summary>
    public void Locate(int node, int region)
    {
        var old = _data.RegionOf[node];
        if (old == region)
        {
            return;
        }

        var organisation = _data.Labels[node] is "Lab" or "Firm";
        if (old >= 0 && organisation)
        {
            RemoveWhere(ref _data.Residents, old, n => n == node);
        }

        if (region >= 0 && organisation)
        {
            Edit(ref _data.Residents, region).Add(node);
        }

        Set(ref _data.RegionOf, node, region);
        if (_data.Labels[node] != "Region")
        {
            Set(ref _data.Itl1Of, node, region >= 0 ? _data.Itl1Of[region] : -1);
        }
    }

    /// <summary>Completes the version: ITL1 ancestors are worked out again when regions or PART_OF changed.</summary>
    public GraphSnapshot Finish()
    {
        if (_next != _data.Count)
        {
            throw new InvalidOperationException($"the snapshot was sized for {_data.Count} nodes but {_next} were placed");
        }

        if (_fresh || _hierarchyChanged)
        {
            Own(ref _data.Itl1Of);
            RegionAncestry.Resolve(_data);
        }

        return new GraphSnapshot(_data);
    }

    /// <summary>The list of a node, safe to change in this version (cloned on the first edit).</summary>
    private List<T> Edit<T>(ref List<T>?[] lists, int node)
    {
        var list = lists[node];
        if (list is not null && (_fresh || _owned.Contains(list)))
        {
            return list;
        }

        list = list is null ? [] : [.. list];
        Own(ref lists)[node] = list;
        if (!_fresh)
        {
            _owned.Add(list);
        }

        return list;
    }

    private void RemoveWhere<T>(ref List<T>?[] lists, int node, Predicate<T> match)
    {
        if (lists[node] is { } list && list.FindIndex(match) >= 0)
        {
            Edit(ref lists, node).RemoveAll(match);
        }
    }

    /// <summary>An array this version may write to: copied on its first write unless the version already owns it.</summary>
    private T[] Own<T>(ref T[] array)
    {
        if (!_ownArrays && !_owned.Contains(array))
        {
            array = (T[])array.Clone();
            _owned.Add(array);
        }

        return array;
    }

    /// <summary>Writes one slot, copying the array only when the value really changes.</summary>
    private void Set<T>(ref T[] array, int index, T value)
    {
        if (!EqualityComparer<T>.Default.Equals(array[index], value))
        {
            Own(ref array)[index] = value;
        }
    }

    private Dictionary<string, int> Index()
    {
        if (!_ownIndex)
        {
            _data.IndexById = new Dictionary<string, int>(_data.IndexById, StringComparer.Ordinal);
            _ownIndex = true;
        }

        return _data.IndexById;
    }

    private HashSet<(int, int)> Borders()
    {
        if (!_ownBorders)
        {
            _data.Borders = [.. _data.Borders];
            _ownBorders = true;
        }

        return _data.Borders;
    }

    /// <summary>Interned, because a few category values repeat across tens of thousands of nodes.</summary>
    private static string? KindOf(GraphNode node) =>
        (node.Label switch
        {
            "Bottleneck" => node.Properties.GetString("category"),
            "Funder" or "Lab" => node.Properties.GetString("kind"),
            _ => null,
        }) is { } kind ? string.Intern(kind) : null;
}
