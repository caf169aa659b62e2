using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Seed;

/// <summary>The shipped seed loads cleanly and has the breadth and structure the product needs.</summary>
public sealed class SeedDataTests : IAsyncLifetime
{
    private StoreFixture _fixture = null!;
    private ImportReport _report = null!;

    private IGraphStore Store => _fixture.Store;

    public async Task InitializeAsync()
    {
        _fixture = new StoreFixture();
        _report = await _fixture.Importer.ImportAsync(SeedLoader.FindSources(RepositoryPaths.Of("seed")), new ImportOptions());
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public void Seed_ShouldImportWithoutErrors() => Assert.True(_report.Succeeded, string.Join('\n', _report.Errors));

    [Fact]
    public async Task Seed_ShouldHoldTheRequiredCounts()
    {
        var stats = await Store.GetStatisticsAsync();

        Assert.True(stats.NodesByLabel["Lab"] >= 40, $"labs: {stats.NodesByLabel["Lab"]}");
        Assert.True(stats.NodesByLabel["Skill"] >= 120, $"skills: {stats.NodesByLabel["Skill"]}");
        Assert.True(stats.NodesByLabel["Firm"] >= 300, $"firms: {stats.NodesByLabel["Firm"]}");
        Assert.True(stats.NodesByLabel["Bottleneck"] >= 100, $"bottlenecks: {stats.NodesByLabel["Bottleneck"]}");
        Assert.True(stats.NodesByLabel["Project"] >= 60, $"projects: {stats.NodesByLabel["Project"]}");
        Assert.True(stats.RelationshipsByType["RELATED_TO"] >= 100);
    }

    [Fact]
    public async Task Seed_Regions_ShouldHaveTwelveItl1RegionsEachWithItl2RegionsAndBorders()
    {
        var itl1 = await ListAllAsync(new NodeQuery("Region") { ValueFilters = [new PropertyEquals("level", ["ITL1"])] });
        Assert.Equal(12, itl1.Count);
        foreach (var region in itl1)
        {
            var closure = await Store.GetRegionClosureAsync(region.Id);
            Assert.True(closure.Count >= 2, $"{region.Id} has no sub-regions");
            var borders = await Store.GetNeighboursAsync(new NeighbourQuery([region.Id], "BORDERS", Direction.Both));
            Assert.True(region.Id == "region:TLN" || borders.Count > 0, $"{region.Id} borders nothing");
        }

        var golden = await ListAllAsync(new NodeQuery("Region") { ValueFilters = [new PropertyEquals("goldenTriangle", [true])] });
        Assert.Equal(["region:TLH4", "region:TLI", "region:TLJ1"], golden.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task Seed_RegionContainment_ShouldNeverLeakAcrossItl1Regions()
    {
        var itl1 = await ListAllAsync(new NodeQuery("Region") { ValueFilters = [new PropertyEquals("level", ["ITL1"])] });
        foreach (var region in itl1)
        {
            var code = region.Properties.GetString("code")!;
            var inside = await Store.GetNodesAsync(await Store.GetRegionClosureAsync(region.Id));
            var foreign = inside.Where(r => r.Properties.GetString("code") is { } c && !c.StartsWith(code, StringComparison.Ordinal)).Select(r => r.Id);
            Assert.Empty(foreign);
        }
    }

    [Fact]
    public async Task Seed_EveryItl1Region_ShouldHaveLabsOrFirmsBottlenecksAndProjects()
    {
        var itl1 = await ListAllAsync(new NodeQuery("Region") { ValueFilters = [new PropertyEquals("level", ["ITL1"])] });
        foreach (var region in itl1)
        {
            foreach (var label in new[] { "Firm", "Bottleneck" })
            {
                var page = await Store.ListNodesAsync(new NodeQuery(label) { InRegions = [region.Id], First = 0 });
                Assert.True(page.TotalCount > 0, $"{region.Id} has no {label}");
            }
        }
    }

    [Fact]
    public async Task Seed_SyntheticRecords_ShouldBeMarkedAndRealLabsNot()
    {
        var firms = await ListAllAsync(new NodeQuery("Firm"));
        Assert.All(firms, f => Assert.True(f.Properties.GetBoolean("synthetic"), $"{f.Id} is not marked synthetic"));
        var labs = await ListAllAsync(new NodeQuery("Lab"));
        Assert.True(labs.Count(l => l.Properties.GetBoolean("synthetic") != true) >= 40);
    }

    [Fact]
    public async Task Seed_Bottlenecks_ShouldCoverAllElevenCategories()
    {
        var bottlenecks = await ListAllAsync(new NodeQuery("Bottleneck"));

        Assert.Equal(11, bottlenecks.Select(b => b.Properties.GetString("category")).Distinct().Count());
    }

    [Fact]
    public async Task Seed_Projects_ShouldIncludeCollaborationsAcrossItl1Regions()
    {
        var itl1Of = await Itl1ByOrganisationAsync();
        var projects = await ListAllAsync(new NodeQuery("Project"));
        var participants = await Store.GetNeighboursAsync(new NeighbourQuery([.. projects.Select(p => p.Id)], "PARTICIPATES_IN", Direction.Incoming));

        var crossRegion = participants.GroupBy(p => p.FromId).Count(g => g.Select(p => itl1Of.GetValueOrDefault(p.Node.Id)).Distinct().Count() > 1);

        Assert.True(crossRegion >= projects.Count / 4, $"only {crossRegion} of {projects.Count} projects cross ITL1 regions");
    }

    [Fact]
    public async Task Seed_SomeRegions_ShouldDemandSkillsThatNoLocalOrganisationHolds()
    {
        var itl1Of = await Itl1ByOrganisationAsync();
        var organisations = itl1Of.Keys.ToList();
        var held = await Store.GetNeighboursAsync(new NeighbourQuery(organisations, "HAS_SKILL", Direction.Outgoing));
        var needed = await Store.GetNeighboursAsync(new NeighbourQuery(organisations, "NEEDS_SKILL", Direction.Outgoing));
        var supply = held.Select(h => (itl1Of[h.FromId], h.Node.Id)).ToHashSet();

        var regionsWithGaps = needed.Where(n => !supply.Contains((itl1Of[n.FromId], n.Node.Id))).Select(n => itl1Of[n.FromId]).Distinct().Count();

        Assert.True(regionsWithGaps >= 4, $"only {regionsWithGaps} ITL1 regions demand a skill with no local supply");
    }

    /// <summary>Maps every lab and firm to the ITL1 region that contains its location.</summary>
    private async Task<Dictionary<string, string>> Itl1ByOrganisationAsync()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var itl1 = await ListAllAsync(new NodeQuery("Region") { ValueFilters = [new PropertyEquals("level", ["ITL1"])] });
        foreach (var region in itl1)
        {
            foreach (var label in new[] { "Lab", "Firm" })
            {
                foreach (var organisation in await ListAllAsync(new NodeQuery(label) { InRegions = [region.Id] }))
                {
                    map.TryAdd(organisation.Id, region.Id);
                }
            }
        }

        return map;
    }

    private async Task<List<GraphNode>> ListAllAsync(NodeQuery query)
    {
        var nodes = new List<GraphNode>();
        string? after = null;
        NodePage page;
        do
        {
            page = await Store.ListNodesAsync(query with { First = 500, After = after, IncludeTotalCount = false });
            nodes.AddRange(page.Items.Select(i => i.Node));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        return nodes;
    }
}
