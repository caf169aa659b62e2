using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>The snapshot kept current through the change feed against one built from scratch after the same writes.</summary>
public sealed class IncrementalSnapshotTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();
    private readonly AnalyticsOptions _options = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Snapshot_AfterRandomWrites_ShouldAnswerAsARebuildDoes(int seed)
    {
        var writes = new RandomGraphWrites(seed);
        await writes.SeedAsync(_fixture.Store);
        using var cache = new SnapshotCache(_fixture.Store, _options);
        await cache.GetAsync();

        for (var round = 0; round < 12; round++)
        {
            var previous = await cache.GetAsync();
            await writes.WriteRoundAsync(_fixture.Store, batches: 1 + (round % 3));
            var kept = await cache.RefreshAsync();
            var rebuilt = await GraphSnapshotBuilder.BuildAsync(_fixture.Store);

            // A round can happen to change nothing (deleting what is not there); then there is nothing to apply.
            Assert.True(kept == previous || cache.LastRefresh!.Incremental, $"round {round} rebuilt instead of applying the change feed");
            Assert.Equal(rebuilt.Sequence, kept.Sequence);
            AssertSameLines(SnapshotAnswers.Structure(rebuilt), SnapshotAnswers.Structure(kept));
            AssertSameLines(SnapshotAnswers.Analytics(rebuilt, writes.Existing(), _options), SnapshotAnswers.Analytics(kept, writes.Existing(), _options));
        }
    }

    [Fact]
    public async Task Snapshot_WhileAnUpdateIsApplied_ShouldLeaveThePreviousVersionAsItWas()
    {
        var writes = new RandomGraphWrites(seed: 7);
        await writes.SeedAsync(_fixture.Store);
        using var cache = new SnapshotCache(_fixture.Store, _options);
        var before = await cache.GetAsync();
        var ids = writes.Existing();
        var answersBefore = SnapshotAnswers.Analytics(before, ids, _options);
        var structureBefore = SnapshotAnswers.Structure(before);

        await writes.WriteRoundAsync(_fixture.Store, batches: 5);
        var after = await cache.RefreshAsync();

        Assert.NotSame(before, after);
        Assert.Equal(structureBefore, SnapshotAnswers.Structure(before));
        Assert.Equal(answersBefore, SnapshotAnswers.Analytics(before, ids, _options));
    }

    [Fact]
    public async Task Snapshot_WithABacklogOverTheLimit_ShouldBeRebuilt()
    {
        await _fixture.Store.WriteAsync(SampleGraph.Build());
        using var cache = new SnapshotCache(_fixture.Store, new AnalyticsOptions { MaxIncrementalChanges = 2 });
        await cache.GetAsync();
        await _fixture.Store.WriteAsync(new GraphBatch
        {
            Nodes = [SampleGraph.Firm("gamma", "Gamma ML", "J", "small")],
            Relationships = [SampleGraph.Rel("firm:gamma", "HAS_SKILL", "skill:ml", ("level", 5)), SampleGraph.Rel("firm:gamma", "LOCATED_IN", "region:TLE3")],
        });

        var after = await cache.RefreshAsync();

        Assert.False(cache.LastRefresh!.Incremental);
        Assert.Contains(new PartnerMatcher(_options).Suggest(after, new PartnerRequest(null, ["skill:ml"], null, 10)), m => m.OrganisationId == "firm:gamma");
    }

    [Fact]
    public async Task Snapshot_ALevelChange_ShouldMoveTheRanking()
    {
        await _fixture.Store.WriteAsync(SampleGraph.Build());
        using var cache = new SnapshotCache(_fixture.Store, _options);
        var before = await cache.GetAsync();
        var request = new PartnerRequest(null, ["skill:robotics"], null, 10);
        var leader = new PartnerMatcher(_options).Suggest(before, request)[0].OrganisationId;
        var runnerUp = new PartnerMatcher(_options).Suggest(before, request)[1].OrganisationId;

        await _fixture.Store.WriteAsync(new GraphBatch { Relationships = [new GraphRelationship(runnerUp, "HAS_SKILL", "skill:robotics", PropertyMap.From(("level", 5))), new GraphRelationship(leader, "HAS_SKILL", "skill:robotics", PropertyMap.From(("level", 1)))] });
        var after = await cache.RefreshAsync();

        Assert.True(cache.LastRefresh!.Incremental);
        Assert.Equal(runnerUp, new PartnerMatcher(_options).Suggest(after, request)[0].OrganisationId);
    }

    /// <summary>Compares line by line, so a failure names the one node or question that differs.</summary>
    private static void AssertSameLines(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        foreach (var (want, got) in expectedLines.Zip(actualLines))
        {
            Assert.True(want == got, $"rebuilt: {want}\nkept:    {got}");
        }

        Assert.Equal(expectedLines.Length, actualLines.Length);
    }
}
