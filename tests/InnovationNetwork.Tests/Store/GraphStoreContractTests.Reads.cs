using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Store;

public abstract partial class GraphStoreContractTests
{
    [SkippableFact]
    public async Task RegionClosure_OfAnItl1Region_ShouldIncludeItselfAndEverySubRegion()
    {
        await Store.WriteAsync(SampleGraph.Build());

        Assert.Equal(["region:UK", "region:TLD", "region:TLE", "region:TLD3", "region:TLE3"], await Store.GetRegionClosureAsync("region:UK"));
        Assert.Equal(["region:TLE", "region:TLE3"], await Store.GetRegionClosureAsync("region:TLE"));
        Assert.Empty(await Store.GetRegionClosureAsync("region:unknown"));
    }

    [SkippableFact]
    public async Task Neighbours_OfManyNodes_ShouldComeBackInOneCallWithTheirProperties()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var skills = await Store.GetNeighboursAsync(new NeighbourQuery(["lab:amrc", "firm:acme", "firm:beta"], "HAS_SKILL", Direction.Outgoing));

        Assert.Equal(3, skills.Count);
        var acme = skills.Single(n => n.FromId == "firm:acme");
        Assert.Equal("skill:robotics", acme.Node.Id);
        Assert.Equal("Robotics", acme.Node.Properties.GetString("name"));
        Assert.Equal(3, acme.Relationship.Properties.GetInt64("level"));
    }

    [SkippableFact]
    public async Task Neighbours_Incoming_ShouldReturnTheStartNodes()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var holders = await Store.GetNeighboursAsync(new NeighbourQuery(["skill:robotics"], "HAS_SKILL", Direction.Incoming));

        Assert.Equal(["firm:acme", "lab:amrc"], holders.Select(h => h.Node.Id).Order());
        Assert.All(holders, h => Assert.Equal("skill:robotics", h.Relationship.EndId));
    }

    [SkippableFact]
    public async Task Neighbours_WithLabelFilter_ShouldKeepOnlyThatLabel()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var labs = await Store.GetNeighboursAsync(new NeighbourQuery(["region:TLE3"], "LOCATED_IN", Direction.Incoming) { NeighbourLabel = "Lab" });

        Assert.Equal("lab:amrc", Assert.Single(labs).Node.Id);
    }

    [SkippableFact]
    public async Task List_InRegion_ShouldIncludeSubRegions()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var north = await Store.ListNodesAsync(new NodeQuery("Lab") { InRegions = ["region:TLD"] });
        var all = await Store.ListNodesAsync(new NodeQuery("Lab") { InRegions = ["region:UK"] });

        Assert.Equal(["lab:hartree", "lab:royce"], north.Items.Select(i => i.Node.Id));
        Assert.Equal(2, north.TotalCount);
        Assert.Equal(3, all.TotalCount);
    }

    [SkippableFact]
    public async Task List_WithValueRangeTextAndRelatedFilters_ShouldCombineThemWithAnd()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var bySector = await Store.ListNodesAsync(new NodeQuery("Firm") { ValueFilters = [new PropertyEquals("sector", ["J", "K"])] });
        var byYear = await Store.ListNodesAsync(new NodeQuery("Lab") { RangeFilters = [new PropertyRange("founded", 2010, null)] });
        var byText = await Store.ListNodesAsync(new NodeQuery("Lab") { TextContains = "ROBOTICS" });
        var bySkill = await Store.ListNodesAsync(new NodeQuery("Firm")
        {
            Related = [new RelatedTo("HAS_SKILL", Direction.Outgoing, ["skill:robotics"])],
            InRegions = ["region:TLE"],
        });

        Assert.Equal(["firm:beta"], bySector.Items.Select(i => i.Node.Id));
        Assert.Equal(["lab:royce"], byYear.Items.Select(i => i.Node.Id));
        Assert.Equal(["lab:amrc"], byText.Items.Select(i => i.Node.Id));
        Assert.Equal(["firm:acme"], bySkill.Items.Select(i => i.Node.Id));
    }

    [SkippableFact]
    public async Task List_UnknownProperty_ShouldBeRefusedWithItsName()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.ListNodesAsync(new NodeQuery("Lab") { ValueFilters = [new PropertyEquals("colour", ["red"])] }));

        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("id", false)]
    [InlineData("name", false)]
    [InlineData("name", true)]
    [InlineData("founded", false)]
    [InlineData("founded", true)]
    public async Task List_PagingThroughEveryPage_ShouldReturnEachNodeOnceInOrder(string orderBy, bool descending)
    {
        var labs = Enumerable.Range(0, 23).Select(i => SampleGraph.Lab(
            $"l{i:00}", $"Lab {i % 5}", founded: i % 4 == 0 ? null : 1990 + (i % 3))).ToList();
        await Store.WriteAsync(new GraphBatch { Nodes = labs });

        var seen = new List<GraphNode>();
        string? after = null;
        NodePage page;
        do
        {
            page = await Store.ListNodesAsync(new NodeQuery("Lab") { OrderBy = orderBy, Descending = descending, First = 4, After = after });
            Assert.Equal(23, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Node));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(labs.Select(l => l.Id).Order(), seen.Select(n => n.Id).Order());
        var missing = seen.Where(n => orderBy != "id" && !n.Properties.ContainsKey(orderBy)).ToList();
        Assert.Equal(seen.TakeLast(missing.Count), missing);
    }

    [SkippableFact]
    public async Task List_PageSizeZero_ShouldReturnOnlyTheCount()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var page = await Store.ListNodesAsync(new NodeQuery("Region") { First = 0 });

        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
    }

    [SkippableTheory]
    [InlineData("not-a-cursor")]
    [InlineData("WyJ4Il0")]
    [InlineData("")]
    public async Task List_MalformedCursor_ShouldBeRefused(string cursor)
    {
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListNodesAsync(new NodeQuery("Lab") { After = cursor }));
    }

    [SkippableFact]
    public async Task List_CursorFromAnotherOrdering_ShouldBeRefused()
    {
        await Store.WriteAsync(SampleGraph.Build());
        var page = await Store.ListNodesAsync(new NodeQuery("Lab") { OrderBy = "name", First = 1 });

        var error = await Assert.ThrowsAsync<InvalidCursorException>(
            () => Store.ListNodesAsync(new NodeQuery("Lab") { OrderBy = "founded", After = page.EndCursor }));

        Assert.Contains("ordering", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Changes_AfterASequence_ShouldListOnlyLaterChangesOldestFirstInPages()
    {
        await Store.WriteAsync(new GraphBatch { Nodes = [SampleGraph.Lab("a", "A"), SampleGraph.Lab("b", "B")] });
        var middle = (await Store.GetStatisticsAsync()).LastSequence;
        await Store.WriteAsync(new GraphBatch { Nodes = [SampleGraph.Lab("c", "C"), SampleGraph.Lab("d", "D"), SampleGraph.Lab("a", "A2")] });

        var first = await Store.GetChangesAsync(middle, 2);
        var second = await Store.GetChangesAsync(first.LastSequence, 2);

        Assert.Equal(["lab:c", "lab:d"], first.Changes.Select(c => c.NodeId));
        Assert.True(first.HasMore);
        Assert.Equal(["lab:a"], second.Changes.Select(c => c.NodeId));
        Assert.False(second.HasMore);
        Assert.Equal(middle + 3, second.LastSequence);
        Assert.True(first.Changes.Concat(second.Changes).Select(c => c.Sequence).SequenceEqual(first.Changes.Concat(second.Changes).Select(c => c.Sequence).Order()));
    }

    [SkippableFact]
    public async Task LastSequence_ShouldBeZeroWhenEmptyAndFollowEveryCommit()
    {
        Assert.Equal(0, await Store.GetLastSequenceAsync());

        var committed = await Store.WriteAsync(SampleGraph.Build());

        Assert.Equal(SampleGraph.Build().Nodes.Count + SampleGraph.Build().Relationships.Count, committed);
        Assert.Equal(committed, await Store.GetLastSequenceAsync());
    }

    [SkippableFact]
    public async Task Statistics_AfterWrites_ShouldCountByLabelAndType()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var stats = await Store.GetStatisticsAsync();

        Assert.Equal(3, stats.NodesByLabel["Lab"]);
        Assert.Equal(5, stats.NodesByLabel["Region"]);
        Assert.Equal(5, stats.RelationshipsByType["LOCATED_IN"]);
        Assert.Equal(SampleGraph.Build().Nodes.Count + SampleGraph.Build().Relationships.Count, stats.LastSequence);
    }

    [SkippableFact]
    public async Task ReadAll_ShouldStreamEveryNodeAndRelationship()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var nodes = await Store.ReadAllNodesAsync().ToListAsync();
        var relationships = await Store.ReadAllRelationshipsAsync().ToListAsync();

        Assert.Equal(SampleGraph.Build().Nodes.Count, nodes.Count);
        Assert.Equal(SampleGraph.Build().Relationships.Count, relationships.Count);
        var scanned = await Store.ScanRelationshipsAsync().ToListAsync();
        Assert.Equal(relationships.Select(r => r.Key.ToString()).Order(), scanned.Select(r => r.Key.ToString()).Order());
    }

    [SkippableFact]
    public async Task ScanRelationshipKeys_ShouldStreamTheKeysOfExactlyTheGivenTypes()
    {
        await Store.WriteAsync(SampleGraph.Build());
        await Store.WriteAsync(new GraphBatch { DeleteNodes = ["firm:beta"] });

        var keys = await Store.ScanRelationshipKeysAsync(["HAS_SKILL", "LOCATED_IN", "NOT_A_TYPE"]).ToListAsync();

        var expected = (await Store.ReadAllRelationshipsAsync().ToListAsync())
            .Where(r => r.Type is "HAS_SKILL" or "LOCATED_IN")
            .Select(r => r.Key.ToString())
            .Order();
        Assert.Equal(expected, keys.Select(k => k.ToString()).Order());
        Assert.DoesNotContain(keys, k => k.StartId == "firm:beta");
        Assert.Empty(await Store.ScanRelationshipKeysAsync([]).ToListAsync());
    }
}
