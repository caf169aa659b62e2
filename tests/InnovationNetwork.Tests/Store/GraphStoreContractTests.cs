using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Store;

/// <summary>
/// The behaviour every graph store must have. A store's test class derives from this and supplies an
/// empty store; nothing here knows which engine is underneath.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>Creates an empty store, owned (and disposed) by the test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync() => Store = await CreateEmptyStoreAsync();

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    [SkippableFact]
    public async Task Write_NewNodes_ShouldBeReadableById()
    {
        await Store.WriteAsync(SampleGraph.Build());

        var nodes = await Store.GetNodesAsync(["lab:amrc", "firm:acme", "missing:id"]);

        Assert.Equal(["firm:acme", "lab:amrc"], nodes.Select(n => n.Id).Order());
        var amrc = nodes.Single(n => n.Id == "lab:amrc");
        Assert.Equal("Lab", amrc.Label);
        Assert.Equal("Advanced Manufacturing Research Centre", amrc.Properties.GetString("name"));
        Assert.Equal(2001, amrc.Properties.GetInt64("founded"));
    }

    [SkippableFact]
    public async Task Upsert_SameNodeTwice_ShouldChangeNothingTheSecondTime()
    {
        await Store.WriteAsync(SampleGraph.Build());
        var before = await Store.GetStatisticsAsync();

        await using var session = await Store.BeginWriteAsync();
        var changed = await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "Advanced Manufacturing Research Centre", "Machining and robotics for industry", 2001));
        var relationshipChanged = await session.UpsertRelationshipAsync(SampleGraph.Rel("lab:amrc", "HAS_SKILL", "skill:robotics", ("level", 5)));
        var sequence = await session.CommitAsync();

        Assert.False(changed);
        Assert.False(relationshipChanged);
        Assert.Equal(before.LastSequence, sequence);
        Assert.Equal(before.LastSequence, (await Store.GetStatisticsAsync()).LastSequence);
    }

    [SkippableFact]
    public async Task Upsert_ChangedProperties_ShouldReplaceThemAndAdvanceTheSequence()
    {
        await Store.WriteAsync(SampleGraph.Build());
        var before = await Store.GetStatisticsAsync();

        await Store.WriteAsync(new GraphBatch { Nodes = [SampleGraph.Lab("amrc", "AMRC")] });

        var amrc = await Store.GetNodeAsync("lab:amrc");
        Assert.Equal("AMRC", amrc!.Properties.GetString("name"));
        Assert.False(amrc.Properties.ContainsKey("founded"));
        Assert.Equal(before.LastSequence + 1, (await Store.GetStatisticsAsync()).LastSequence);
    }

    [SkippableFact]
    public async Task Upsert_IdWithAnotherLabel_ShouldBeRefused()
    {
        await Store.WriteAsync(SampleGraph.Build());

        await using var session = await Store.BeginWriteAsync();
        var error = await Assert.ThrowsAsync<LabelConflictException>(
            async () => await session.UpsertNodeAsync(new GraphNode("lab:amrc", "Firm", PropertyMap.From(("name", "x")))));

        Assert.Contains("lab:amrc", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Upsert_RelationshipToMissingNode_ShouldBeRefused()
    {
        await using var session = await Store.BeginWriteAsync();
        await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));

        var error = await Assert.ThrowsAsync<MissingEndpointException>(
            async () => await session.UpsertRelationshipAsync(SampleGraph.Rel("lab:amrc", "LOCATED_IN", "region:nowhere")));

        Assert.Equal("region:nowhere", error.Id);
    }

    [SkippableFact]
    public async Task Session_DisposedWithoutCommit_ShouldLeaveNoTrace()
    {
        await using (var session = await Store.BeginWriteAsync())
        {
            await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));
            Assert.Equal("Lab", await session.FindLabelAsync("lab:amrc"));
        }

        Assert.Null(await Store.GetNodeAsync("lab:amrc"));
        Assert.Equal(0, (await Store.GetStatisticsAsync()).LastSequence);
    }

    [SkippableFact]
    public async Task Session_UncommittedWrites_ShouldBeInvisibleToReaders()
    {
        await using var session = await Store.BeginWriteAsync();
        await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));

        Assert.Null(await Store.GetNodeAsync("lab:amrc"));
        await session.CommitAsync();
        Assert.NotNull(await Store.GetNodeAsync("lab:amrc"));
    }

    [SkippableFact]
    public async Task BeginWrite_WhileAnotherSessionIsOpen_ShouldWaitForIt()
    {
        var first = await Store.BeginWriteAsync();
        var second = Store.BeginWriteAsync();
        await Task.Delay(100);
        Assert.False(second.IsCompleted);

        await first.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));
        await first.CommitAsync();
        await first.DisposeAsync();

        await using var session = await second;
        Assert.Equal("Lab", await session.FindLabelAsync("lab:amrc"));
    }

    [SkippableFact]
    public async Task Upsert_UndirectedRelationshipBothWays_ShouldStoreOneRelationship()
    {
        await Store.WriteAsync(SampleGraph.Build());

        await Store.WriteAsync(new GraphBatch { Relationships = [SampleGraph.Rel("region:TLD", "BORDERS", "region:TLE")] });

        var borders = await Store.GetNeighboursAsync(new NeighbourQuery(["region:TLE"], "BORDERS", Direction.Both));
        var only = Assert.Single(borders);
        Assert.Equal("region:TLD", only.Node.Id);
        Assert.Equal(1, (await Store.GetStatisticsAsync()).RelationshipsByType["BORDERS"]);
    }

    [SkippableFact]
    public async Task DeleteNode_WithRelationships_ShouldRemoveThemAndRecordEachInTheChangeFeed()
    {
        await Store.WriteAsync(SampleGraph.Build());
        var before = (await Store.GetStatisticsAsync()).LastSequence;

        await Store.WriteAsync(new GraphBatch { DeleteNodes = ["firm:acme"] });

        Assert.Null(await Store.GetNodeAsync("firm:acme"));
        Assert.Empty(await Store.GetNeighboursAsync(new NeighbourQuery(["skill:ml"], "NEEDS_SKILL", Direction.Incoming)));
        var changes = (await Store.GetChangesAsync(before, 100)).Changes;
        Assert.Equal(4, changes.Count);
        Assert.Equal(3, changes.Count(c => c.Kind == GraphChangeKind.RelationshipDeleted));
        Assert.Equal(GraphChangeKind.NodeDeleted, changes[^1].Kind);
        Assert.Equal("firm:acme", changes[^1].NodeId);
    }

    [SkippableFact]
    public async Task DeleteRelationship_ThatExists_ShouldRemoveOnlyIt()
    {
        await Store.WriteAsync(SampleGraph.Build());

        await Store.WriteAsync(new GraphBatch { DeleteRelationships = [new RelationshipKey("skill:robotics", "RELATED_TO", "skill:ml")] });

        Assert.Empty(await Store.GetNeighboursAsync(new NeighbourQuery(["skill:ml"], "RELATED_TO", Direction.Both)));
        Assert.NotEmpty(await Store.GetNeighboursAsync(new NeighbourQuery(["skill:ml"], "HAS_SKILL", Direction.Incoming)));
    }
}
