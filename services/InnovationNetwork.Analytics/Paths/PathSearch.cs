using System.Runtime.InteropServices;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Paths;

/// <summary>
/// Bidirectional breadth-first search over the undirected view in which a lab or firm links to its projects,
/// skills and region, and those link back to every lab or firm so linked. Each round grows, by one level,
/// the side whose next level walks fewer relationships (skill and region hubs have thousands); the first node
/// both sides reach gives a shortest chain. Neighbours are tried projects first, then skills, then regions.
/// </summary>
/// <remarks>
/// Reached nodes and parents live in arrays indexed by node and reused from search to search: a mark is
/// "reached" only when it equals the current search's stamp, so nothing is cleared between searches. This,
/// not the order of expansion, is what keeps the tail down: walking a 12k-holder skill costs array writes,
/// not dictionary inserts and a step object per relationship. Not thread-safe: one instance per thread.
/// </remarks>
internal sealed class PathSearch
{
    private readonly Side _from = new();
    private readonly Side _to = new();
    private int _stamp;

    /// <summary>The nodes of a shortest chain from <paramref name="from"/> to <paramref name="to"/>, or null when none is that short.</summary>
    public List<int>? Run(GraphSnapshot graph, int from, int to, int maxLength)
    {
        if (++_stamp == int.MaxValue)
        {
            _from.Clear();
            _to.Clear();
            _stamp = 1;
        }

        var data = graph.Data;
        _from.Start(from, data.Count, _stamp);
        _to.Start(to, data.Count, _stamp);
        for (var length = 0; length < maxLength && _from.Frontier.Count > 0 && _to.Frontier.Count > 0; length++)
        {
            var (grow, other) = _from.Cost(data) <= _to.Cost(data) ? (_from, _to) : (_to, _from);
            if (grow.Expand(data, other, _stamp) is var meeting and >= 0)
            {
                return Chain(meeting);
            }
        }

        return null;
    }

    private List<int> Chain(int meeting)
    {
        var nodes = new List<int>();
        for (var node = meeting; node >= 0; node = _from.Parent[node])
        {
            nodes.Add(node);
        }

        nodes.Reverse();
        for (var node = _to.Parent[meeting]; node >= 0; node = _to.Parent[node])
        {
            nodes.Add(node);
        }

        return nodes;
    }

    /// <summary>One end of the search: the stamp of every node it reached, the node it came from, its newest level.</summary>
    private sealed class Side
    {
        private int[] _mark = [];
        private List<int> _next = [];

        public int[] Parent { get; private set; } = [];

        public List<int> Frontier { get; private set; } = [];

        public bool Reached(int node, int stamp) => _mark[node] == stamp;

        public void Clear() => Array.Clear(_mark);

        public void Start(int node, int count, int stamp)
        {
            if (_mark.Length < count)
            {
                // Sized with room, so a snapshot that grows by a few nodes does not reallocate every time.
                _mark = new int[count + (count / 8)];
                Parent = new int[_mark.Length];
            }

            Frontier.Clear();
            Frontier.Add(node);
            _mark[node] = stamp;
            Parent[node] = -1;
        }

        /// <summary>The relationships the next level would walk.</summary>
        public long Cost(SnapshotData data)
        {
            long cost = 0;
            foreach (var node in Frontier)
            {
                cost += data.Labels[node] switch
                {
                    "Lab" or "Firm" => (data.ProjectsOf[node]?.Count ?? 0) + (data.Has[node]?.Count ?? 0) + 1,
                    "Project" => data.Participants[node]?.Count ?? 0,
                    "Skill" => data.Holders[node]?.Count ?? 0,
                    "Region" => data.Residents[node]?.Count ?? 0,
                    _ => 0,
                };
            }

            return cost;
        }

        /// <summary>Adds the next level; returns the first node the other side has also reached, or -1.</summary>
        public int Expand(SnapshotData data, Side other, int stamp)
        {
            _next.Clear();
            foreach (var node in Frontier)
            {
                var met = data.Labels[node] switch
                {
                    "Lab" or "Firm" => VisitOrganisation(data, node, other, stamp),
                    "Project" => Visit(data.Participants[node], node, other, stamp),
                    "Skill" => Visit(data.Holders[node], node, other, stamp),
                    "Region" => Visit(data.Residents[node], node, other, stamp),
                    _ => -1,
                };
                if (met >= 0)
                {
                    return met;
                }
            }

            (Frontier, _next) = (_next, Frontier);
            return -1;
        }

        private int VisitOrganisation(SnapshotData data, int node, Side other, int stamp)
        {
            var met = Visit(data.ProjectsOf[node], node, other, stamp);
            if (met < 0 && data.Has[node] is { } skills)
            {
                foreach (var skill in CollectionsMarshal.AsSpan(skills))
                {
                    if ((met = Reach(skill.Node, node, other, stamp)) >= 0)
                    {
                        return met;
                    }
                }
            }

            return met < 0 && data.RegionOf[node] is var region and >= 0 ? Reach(region, node, other, stamp) : met;
        }

        private int Visit(List<int>? neighbours, int node, Side other, int stamp)
        {
            foreach (var neighbour in CollectionsMarshal.AsSpan(neighbours))
            {
                if (Reach(neighbour, node, other, stamp) is var met and >= 0)
                {
                    return met;
                }
            }

            return -1;
        }

        private int Visit(List<SkillLink>? holders, int node, Side other, int stamp)
        {
            foreach (var holder in CollectionsMarshal.AsSpan(holders))
            {
                if (Reach(holder.Node, node, other, stamp) is var met and >= 0)
                {
                    return met;
                }
            }

            return -1;
        }

        private int Reach(int neighbour, int from, Side other, int stamp)
        {
            if (_mark[neighbour] == stamp)
            {
                return -1;
            }

            _mark[neighbour] = stamp;
            Parent[neighbour] = from;
            if (other.Reached(neighbour, stamp))
            {
                return neighbour;
            }

            _next.Add(neighbour);
            return -1;
        }
    }
}
