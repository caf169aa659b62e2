using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>
/// Random writes over a small fixed set of ids, for checking the change-feed snapshot against a rebuild:
/// node upserts with the properties the scores read (levels, severity, status, openness, golden triangle,
/// text), deletions of any kind of node, and links and unlinks of every relationship type the snapshot keeps.
/// Endpoints are drawn from the nodes this writer knows exist, so every batch is valid.
/// </summary>
internal sealed class RandomGraphWrites(int seed)
{
    private static readonly string[] Itl1 = ["region:A", "region:B", "region:C"];
    private static readonly string[] Itl2 = ["region:A1", "region:A2", "region:B1", "region:C1"];
    private static readonly string[] Organisations = [.. Ids("lab:l", 6), .. Ids("firm:f", 8)];
    private static readonly string[] Skills = Ids("skill:s", 7);
    private static readonly string[] Bottlenecks = Ids("bottleneck:b", 7);
    private static readonly string[] Projects = Ids("project:p", 5);
    private static readonly string[] Funders = Ids("funder:u", 2);
    private static readonly string[] Words = ["robot", "robots", "vision", "data", "skills", "shortage", "welding", "battery", "grid", "funding", "cloud", "sensor"];
    private static readonly string[] Categories = ["skills", "finance", "facilities"];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal);
    private readonly List<RelationshipKey> _linked = [];

    /// <summary>The ids written and not deleted since, in id order.</summary>
    public IReadOnlyList<string> Existing() => [.. _existing.Order(StringComparer.Ordinal)];

    /// <summary>Every node once and a first random layer of relationships.</summary>
    public async Task SeedAsync(IGraphStore store)
    {
        var nodes = new List<GraphNode>
        {
            new("region:UK", "Region", PropertyMap.From(("name", "UK"), ("level", "NATION"))),
            new("region:M", "Region", PropertyMap.From(("name", "Authority"), ("level", "MCA"))),
        };
        nodes.AddRange(Itl1.Select(id => Region(id, "ITL1")));
        nodes.AddRange(Itl2.Select(id => Region(id, "ITL2")));
        nodes.AddRange(Organisations.Concat(Skills).Concat(Bottlenecks).Concat(Projects).Concat(Funders).Select(NodeFor));
        nodes.ForEach(n => _existing.Add(n.Id));
        List<GraphRelationship> links =
        [
            new("region:M", "PART_OF", "region:A"), new("region:A1", "PART_OF", "region:M"), new("region:A1", "PART_OF", "region:A"),
            new("region:A2", "PART_OF", "region:A"), new("region:B1", "PART_OF", "region:B"), new("region:C1", "PART_OF", "region:C"),
            new("region:A", "BORDERS", "region:B"), .. Itl1.Select(r => new GraphRelationship(r, "PART_OF", "region:UK")),
        ];
        for (var i = 0; i < 80; i++)
        {
            links.Add(RandomLink());
        }

        await store.WriteAsync(new GraphBatch { Nodes = nodes, Relationships = links });
        _linked.AddRange(links.Select(l => l.Key));
    }

    /// <summary>A few batches of random writes, each committed on its own.</summary>
    public async Task WriteRoundAsync(IGraphStore store, int batches)
    {
        for (var i = 0; i < batches; i++)
        {
            var nodes = new List<GraphNode>();
            var links = new List<GraphRelationship>();
            var deleteNodes = new List<string>();
            var unlinks = new List<RelationshipKey>();
            for (var write = _random.Next(1, 6); write > 0; write--)
            {
                switch (_random.Next(10))
                {
                    case 0 or 1:
                        nodes.Add(NodeFor(Pick([.. Organisations, .. Bottlenecks, .. Projects, .. Skills, .. Itl2, .. Itl1])));
                        break;
                    case 2:
                        deleteNodes.Add(Pick([.. Organisations, .. Bottlenecks, .. Projects, .. Skills, .. Funders, .. Itl2, "region:M"]));
                        break;
                    case 3 or 4 when _linked.Count > 0:
                        unlinks.Add(_linked[_random.Next(_linked.Count)]);
                        break;
                    default:
                        links.Add(RandomLink());
                        break;
                }
            }

            // Deletes run first in a batch, so a node deleted here cannot be an endpoint of a link in it.
            foreach (var id in deleteNodes)
            {
                _existing.Remove(id);
            }

            nodes.ForEach(n => _existing.Add(n.Id));
            links.RemoveAll(l => !_existing.Contains(l.StartId) || !_existing.Contains(l.EndId));
            await store.WriteAsync(new GraphBatch { Nodes = nodes, Relationships = links, DeleteNodes = deleteNodes, DeleteRelationships = unlinks });
            _linked.AddRange(links.Select(l => l.Key));
        }
    }

    private GraphRelationship RandomLink()
    {
        string[] Have(string[] pool) => [.. pool.Where(_existing.Contains)];
        var located = Have([.. Organisations, .. Bottlenecks, .. Projects, .. Funders]);
        var (start, type, end, property) = _random.Next(13) switch
        {
            0 or 1 => (Pick(Have(Organisations)), "HAS_SKILL", Pick(Have(Skills)), ("level", (object?)_random.Next(1, 6))),
            2 => (Pick(Have(Organisations)), "NEEDS_SKILL", Pick(Have(Skills)), ("priority", (object?)_random.Next(1, 6))),
            3 => (Pick(Have(Organisations)), "FACES", Pick(Have(Bottlenecks)), default),
            4 => (Pick(Have(Bottlenecks)), "REQUIRES", Pick(Have(Skills)), default),
            5 => (Pick(Have(Organisations)), "PARTICIPATES_IN", Pick(Have(Projects)), ("role", (object?)"partner")),
            6 => (Pick(Have(Projects)), "ADDRESSES", Pick(Have(Bottlenecks)), default),
            7 or 8 => (Pick(located), "LOCATED_IN", Pick(Have([.. Itl2, "region:M"])), default),
            9 => (Pick(Have(Skills)), "RELATED_TO", Pick(Have(Skills)), ("weight", (object?)Math.Round(_random.NextDouble(), 2))),
            10 => (Pick(Have(Funders)), "FUNDS", Pick(Have(Projects)), ("amountGbp", (object?)(_random.Next(1, 9) * 1000))),
            11 => (Pick(Itl1), "BORDERS", Pick(Itl1), default),
            _ => (Pick(Have(Itl2)), "PART_OF", Pick(Itl1), default),
        };
        return start == end || start is null || end is null
            ? new GraphRelationship(Itl1[0], "BORDERS", Itl1[2])
            : new GraphRelationship(start, type, end, property.Item1 is null ? null : PropertyMap.From(property));
    }

    private GraphNode NodeFor(string id) => id.Split(':')[0] switch
    {
        "lab" or "firm" => new GraphNode(id, id.StartsWith("lab", StringComparison.Ordinal) ? "Lab" : "Firm", PropertyMap.From(
            new Dictionary<string, object?> { ["name"] = id, ["openToCollaboration"] = _random.Next(3) switch { 0 => null, 1 => true, _ => false } }
                .Where(p => p.Value is not null))),
        "bottleneck" => new GraphNode(id, "Bottleneck", PropertyMap.From(
            ("title", Text(3)), ("description", Text(8)), ("category", Pick(Categories)), ("severity", _random.Next(1, 6)),
            ("status", Pick(["open", "in_progress", "resolved"])))),
        "project" => new GraphNode(id, "Project", PropertyMap.From(("title", Text(3)), ("description", Text(6)))),
        "skill" => new GraphNode(id, "Skill", PropertyMap.From(("name", id), ("category", "Digital"))),
        "funder" => new GraphNode(id, "Funder", PropertyMap.From(("name", id), ("kind", Pick(["public", "private"])))),
        _ => Region(id, Itl1.Contains(id) ? "ITL1" : "ITL2", golden: _random.Next(3) == 0),
    };

    private static GraphNode Region(string id, string level, bool golden = false) =>
        new(id, "Region", PropertyMap.From(("name", id), ("level", level), ("goldenTriangle", golden)));

    private string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(Words)));

    private string Pick(string[] pool) => pool.Length == 0 ? null! : pool[_random.Next(pool.Length)];

    private static string[] Ids(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => prefix + i)];
}
