using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Paths;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>connectionPath against a plain one-sided breadth-first search on random graphs.</summary>
public sealed class ConnectionPathTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Path_BetweenAnyTwoOrganisations_ShouldBeAShortestChainOfRealRelationships(int seed)
    {
        var writes = new RandomGraphWrites(seed);
        await writes.SeedAsync(_fixture.Store);
        using var cache = new SnapshotCache(_fixture.Store, new AnalyticsOptions());
        for (var round = 0; round < 4; round++)
        {
            // Each round is a new snapshot version: the finder's reused scratch must not carry anything over.
            await writes.WriteRoundAsync(_fixture.Store, batches: 3);
            var graph = await cache.RefreshAsync();
            var organisations = writes.Existing().Where(id => id.StartsWith("lab:", StringComparison.Ordinal) || id.StartsWith("firm:", StringComparison.Ordinal)).ToList();
            foreach (var from in organisations)
            {
                var expected = ShortestLengths(graph, graph.IndexOf(from)!.Value);
                foreach (var to in organisations)
                {
                    for (var maxLength = 1; maxLength <= ConnectionPathFinder.MaxLength; maxLength++)
                    {
                        var path = ConnectionPathFinder.Find(graph, from, to, maxLength);
                        var shortest = expected.GetValueOrDefault(graph.IndexOf(to)!.Value, int.MaxValue);
                        Assert.Equal(shortest <= maxLength ? shortest : null, path?.Length);
                        if (path is not null)
                        {
                            AssertRealChain(graph, from, to, path);
                        }
                    }
                }
            }
        }
    }

    private static void AssertRealChain(GraphSnapshot graph, string from, string to, ConnectionPath path)
    {
        Assert.Equal(from, path.NodeIds[0]);
        Assert.Equal(to, path.NodeIds[^1]);
        Assert.Equal(path.NodeIds.Count, path.NodeIds.Distinct().Count());
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            Assert.Equal(new[] { path.NodeIds[i], path.NodeIds[i + 1] }.Order(StringComparer.Ordinal), new[] { step.StartId, step.EndId }.Order(StringComparer.Ordinal));
            var organisation = graph.IndexOf(step.StartId)!.Value;
            var other = graph.IndexOf(step.EndId)!.Value;
            Assert.True(graph.IsOrganisation(organisation), $"{step} does not start at an organisation");
            Assert.True(step.Type switch
            {
                "PARTICIPATES_IN" => graph.ProjectsOf(organisation).Contains(other),
                "HAS_SKILL" => graph.SkillsOf(organisation).Any(s => s.Node == other),
                "LOCATED_IN" => graph.RegionOf(organisation) == other,
                _ => false,
            }, $"{step} is not in the graph");
        }
    }

    /// <summary>Fewest relationships from one organisation to every other, walking the same view the finder walks.</summary>
    private static Dictionary<int, int> ShortestLengths(GraphSnapshot graph, int from)
    {
        var distance = new Dictionary<int, int> { [from] = 0 };
        var queue = new Queue<int>([from]);
        while (queue.TryDequeue(out var node))
        {
            IEnumerable<int> neighbours = graph.LabelOf(node) switch
            {
                "Lab" or "Firm" => [.. graph.ProjectsOf(node), .. graph.SkillsOf(node).Select(s => s.Node), .. graph.RegionOf(node) is var r and >= 0 ? [r] : Array.Empty<int>()],
                "Project" => graph.ParticipantsOf(node),
                "Skill" => graph.HoldersOf(node).Select(h => h.Node),
                "Region" => graph.OrganisationsIn(node),
                _ => [],
            };
            foreach (var neighbour in neighbours)
            {
                if (distance.TryAdd(neighbour, distance[node] + 1))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        return distance;
    }
}
