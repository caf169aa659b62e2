using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Store;

/// <summary>Versions and provenance: what every store keeps about who wrote each element, and when.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly WriteOrigin Seed = new("seed", "seed", DateTimeOffset.Parse("2026-01-02T03:04:05.678Z", System.Globalization.CultureInfo.InvariantCulture));
    private static readonly WriteOrigin Editor = new("editor-key", "mutation:updateLab", DateTimeOffset.Parse("2026-02-03T04:05:06.789Z", System.Globalization.CultureInfo.InvariantCulture));

    [SkippableFact]
    public async Task Write_NewNodesAndRelationships_ShouldBeStampedWithTheSessionOrigin()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);

        var stamp = Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"]));
        var relationship = Assert.Single(await Store.GetRelationshipStampsAsync([new RelationshipKey("lab:amrc", "HAS_SKILL", "skill:robotics")]));

        Assert.Equal(new Provenance(Seed, Seed), stamp.Provenance);
        Assert.Equal(new Provenance(Seed, Seed), relationship.Provenance);
    }

    [SkippableFact]
    public async Task Update_ChangedNode_ShouldKeepCreationAndStampTheUpdate()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);

        await Store.WriteAsync(new GraphBatch { Nodes = [SampleGraph.Lab("amrc", "AMRC")], Relationships = [SampleGraph.Rel("lab:amrc", "HAS_SKILL", "skill:robotics", ("level", 3))] }, Editor);

        var stamp = Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"]));
        var relationship = Assert.Single(await Store.GetRelationshipStampsAsync([new RelationshipKey("lab:amrc", "HAS_SKILL", "skill:robotics")]));
        Assert.Equal(new Provenance(Seed, Editor), stamp.Provenance);
        Assert.Equal(new Provenance(Seed, Editor), relationship.Provenance);
        var untouched = Assert.Single(await Store.GetNodeStampsAsync(["firm:acme"]));
        Assert.Equal(new Provenance(Seed, Seed), untouched.Provenance);
    }

    [SkippableFact]
    public async Task Update_SameProperties_ShouldKeepProvenanceAndVersion()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);
        var before = Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"]));

        await Store.WriteAsync(new GraphBatch { Nodes = [(await Store.GetNodeAsync("lab:amrc"))!] }, Editor);

        Assert.Equal(before, Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"])));
    }

    [SkippableFact]
    public async Task Version_EachChange_ShouldGrowAndBeVisibleInsideTheSession()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);
        var first = Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"])).Version;

        await using (var session = await Store.BeginWriteAsync(Editor))
        {
            Assert.Equal(first, await session.GetVersionAsync("lab:amrc"));
            await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));
            var inside = await session.GetVersionAsync("lab:amrc");
            Assert.True(inside > first, $"version inside the session {inside} should be above {first}");
            Assert.Null(await session.GetVersionAsync("lab:missing"));
            await session.CommitAsync();
        }

        var second = Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"])).Version;
        Assert.True(second > first, $"version after the change {second} should be above {first}");
        Assert.Equal(second, await Store.GetLastSequenceAsync());
    }

    [SkippableFact]
    public async Task Upsert_RecordedProvenance_ShouldBeKeptInsteadOfTheSessionOrigin()
    {
        var recorded = new Provenance(Seed, Editor);
        await using (var session = await Store.BeginWriteAsync(WriteOrigin.Now("cli", "import:restore.jsonl")))
        {
            await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"), recorded);
            await session.UpsertNodeAsync(SampleGraph.Skill("robotics", "Robotics"), recorded);
            await session.UpsertRelationshipAsync(SampleGraph.Rel("lab:amrc", "HAS_SKILL", "skill:robotics", ("level", 4)), recorded);
            await session.CommitAsync();
        }

        Assert.Equal(recorded, Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"])).Provenance);
        Assert.Equal(recorded, Assert.Single(await Store.GetRelationshipStampsAsync([new RelationshipKey("lab:amrc", "HAS_SKILL", "skill:robotics")])).Provenance);
    }

    [SkippableFact]
    public async Task Stamps_UnknownIdsAndKeys_ShouldBeLeftOut()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);

        Assert.Empty(await Store.GetNodeStampsAsync(["lab:missing"]));
        Assert.Empty(await Store.GetRelationshipStampsAsync([new RelationshipKey("lab:amrc", "HAS_SKILL", "skill:missing")]));
        Assert.Empty(await Store.GetNodeStampsAsync([]));
    }

    [SkippableFact]
    public async Task Commit_NothingChanged_ShouldLeaveTheStoreAsItWas()
    {
        await Store.WriteAsync(SampleGraph.Build(), Seed);
        var before = await Store.GetStatisticsAsync();

        await Store.WriteAsync(SampleGraph.Build(), Editor);

        Assert.Equal(before.LastSequence, (await Store.GetStatisticsAsync()).LastSequence);
        Assert.Equal(new Provenance(Seed, Seed), Assert.Single(await Store.GetNodeStampsAsync(["lab:amrc"])).Provenance);
    }
}
