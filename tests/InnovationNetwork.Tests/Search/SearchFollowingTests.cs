using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Tests.Support;
using static InnovationNetwork.Tests.Support.SampleGraph;

namespace InnovationNetwork.Tests.Search;

/// <summary>The index follows the store's change feed, including changes to the names around a document.</summary>
public sealed class SearchFollowingTests : IAsyncLifetime
{
    private SearchHarness _search = null!;

    public async Task InitializeAsync() => _search = await SearchHarness.StartAsync(SearchCorpus.Build());

    public async Task DisposeAsync() => await _search.DisposeAsync();

    [Fact]
    public async Task ANewEntity_ShouldBeSearchable_AndADeletedOne_Gone()
    {
        await _search.WriteAsync(new GraphBatch
        {
            Nodes = [SearchCorpus.Described("firm:quantix", "Firm", "Quantix Photonics", "Lasers for quantum sensing.")],
            Relationships = [Rel("firm:quantix", "LOCATED_IN", "region:TLD3")],
        });
        Assert.Equal("firm:quantix", _search.Ids("quantix")[0]);

        await _search.WriteAsync(new GraphBatch { DeleteNodes = ["firm:quantix"] });
        Assert.Empty(_search.Ids("quantix"));
    }

    [Fact]
    public async Task ARenamedSkill_ShouldRenameItInTheContextOfEverythingThatHoldsOrRequiresIt()
    {
        await _search.WriteAsync(new GraphBatch { Nodes = [SearchCorpus.AliasedSkill("welding", "Laser joining")] });

        var ids = _search.Ids("laser joining", 20);

        Assert.Contains("firm:weldbots", ids);
        Assert.Contains("bottleneck:no-welders", ids);
    }

    [Fact]
    public async Task ANewSkillAlias_ShouldWorkAsASynonymAtOnce()
    {
        await _search.WriteAsync(new GraphBatch { Nodes = [SearchCorpus.AliasedSkill("welding", "Welding", "fusion joining")] });

        var ids = _search.Ids("fusion joining", 20);

        Assert.Contains("skill:welding", ids);
        Assert.Contains("firm:shipwright", ids); // its text says "welding", never "fusion joining"
    }

    [Fact]
    public async Task ARenamedRegion_ShouldRenameItForEverythingLocatedWithinIt()
    {
        await _search.WriteAsync(new GraphBatch { Nodes = [Region("TLE", "Yorkshire Sheffield Leeds", "ITL1")] });

        var ids = _search.Ids("Leeds", 20);

        Assert.Contains("firm:weldbots", ids); // located in South Yorkshire, inside the renamed region
        Assert.DoesNotContain("firm:shipwright", ids);
    }

    [Fact]
    public async Task AMovedEntity_ShouldBeFilteredAndCountedByItsNewRegion()
    {
        await _search.WriteAsync(new GraphBatch
        {
            DeleteRelationships = [new RelationshipKey("firm:shipwright", "LOCATED_IN", "region:TLD3")],
            Relationships = [Rel("firm:shipwright", "LOCATED_IN", "region:TLE3")],
        });

        var inYorkshire = _search.Search("shipwright", regions: ["region:TLE", "region:TLE3"]);

        Assert.Equal("firm:shipwright", Assert.Single(inYorkshire.Hits).Id);
        Assert.Equal("region:TLE", Assert.Single(inYorkshire.Facets!.Itl1Regions).Value);
    }

    [Fact]
    public async Task FarBehindTheStore_TheIndexShouldBeRebuiltAndSwappedIn_AndStillFollowAfterwards()
    {
        await using var search = await SearchHarness.StartAsync(SearchCorpus.Build(), rebuildBehindChanges: 100);
        var folder = new IndexFolders(search.Options.IndexDirectory!).Current;
        var firms = Enumerable.Range(0, 150).Select(i => SearchCorpus.Described($"firm:bulk{i}", "Firm", $"Bulkfirm {i}", "Made in bulk.")).ToList();

        await search.WriteAsync(new GraphBatch { Nodes = firms });

        Assert.NotEqual(folder, new IndexFolders(search.Options.IndexDirectory!).Current);
        Assert.Equal(150, search.Search("bulkfirm", first: 0).TotalCount);
        Assert.Equal("firm:weldbots", search.Ids("weldbots")[0]);
        await search.WriteAsync(new GraphBatch { DeleteNodes = ["firm:bulk7"] });
        Assert.Equal(149, search.Search("bulkfirm", first: 0).TotalCount);
    }

    [Fact]
    public async Task AfterARestart_TheIndexShouldCatchUpWithWritesMadeWhileItWasDown_WithoutARebuild()
    {
        var folder = new IndexFolders(_search.Options.IndexDirectory!).Current;
        await _search.StopAsync();
        var sequence = await _search.Store.WriteAsync(new GraphBatch
        {
            Nodes = [SearchCorpus.Described("firm:latecomer", "Firm", "Latecomer Optics", "Written while search was down.")],
            DeleteNodes = ["firm:weldbots"],
        });

        await using var restarted = await SearchHarness.StartAsync(store: _search.Fixture, indexDirectory: _search.Options.IndexDirectory);

        Assert.Equal(folder, new IndexFolders(_search.Options.IndexDirectory!).Current);
        Assert.True(restarted.Index.SearchableSequence >= sequence);
        Assert.Equal("firm:latecomer", restarted.Ids("latecomer")[0]);
        Assert.DoesNotContain("firm:weldbots", restarted.Ids("weldbots"));
    }
}
