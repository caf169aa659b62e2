using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Mutations;

/// <summary>link and unlink: endpoint checks as import makes them, properties validated, provenance kept.</summary>
public sealed class LinkMutationTests(MutationFixture fixture) : IClassFixture<MutationFixture>
{
    private const string Skills = "{ node(id: \"firm:wearbrook-renewables\") { ... on Firm { skills { level skill { id } provenance { created { by source } } } } } }";

    [Fact]
    public async Task LinkHasSkill_OwnContributor_ShouldAddThenReplaceTheLevel()
    {
        const string Link = "mutation($level: Int) { linkHasSkill(from: \"firm:wearbrook-renewables\", to: \"skill:machine-learning\", level: $level) { type changed from { id } to { id } } }";

        var added = (await fixture.FirmContributor.PostGraphQLAsync(Link, new { level = 2 })).Data("linkHasSkill");
        var same = (await fixture.FirmContributor.PostGraphQLAsync(Link, new { level = 2 })).Data("linkHasSkill");
        var raised = (await fixture.FirmContributor.PostGraphQLAsync(Link, new { level = 4 })).Data("linkHasSkill");

        Assert.True(added.GetProperty("changed").GetBoolean());
        Assert.False(same.GetProperty("changed").GetBoolean());
        Assert.True(raised.GetProperty("changed").GetBoolean());
        var skill = (await fixture.Anonymous.PostGraphQLAsync(Skills)).Data("node").GetProperty("skills").EnumerateArray()
            .Single(s => s.GetProperty("skill").GetProperty("id").GetString() == "skill:machine-learning");
        Assert.Equal(4, skill.GetProperty("level").GetInt32());
        Assert.Equal("wearbrook-key", skill.GetProperty("provenance").GetProperty("created").GetProperty("by").GetString());
        Assert.Equal("mutation:linkHasSkill", skill.GetProperty("provenance").GetProperty("created").GetProperty("source").GetString());
    }

    [Fact]
    public async Task LinkHasSkill_BadEndpointsAndMissingLevel_ShouldNameEachArgument()
    {
        var wrongEnds = await fixture.Admin.PostGraphQLAsync("mutation { linkHasSkill(from: \"region:TLC\", to: \"skill:nowhere\", level: 3) { changed } }");
        var noLevel = await fixture.Admin.PostGraphQLAsync("mutation { linkHasSkill(from: \"lab:cpi\", to: \"skill:machine-learning\") { changed } }");
        var outOfRange = await fixture.Admin.PostGraphQLAsync("mutation { linkHasSkill(from: \"lab:cpi\", to: \"skill:machine-learning\", level: 9) { changed } }");

        Assert.Equal(["from", "to"], wrongEnds.ErrorFields());
        Assert.Contains("must start at Lab or Firm", wrongEnds.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["level"], noLevel.ErrorFields());
        Assert.Equal(["level"], outOfRange.ErrorFields());
        Assert.All(wrongEnds.ErrorCodes().Concat(noLevel.ErrorCodes()), code => Assert.Equal("BAD_USER_INPUT", code));
    }

    [Fact]
    public async Task UnlinkLocatedIn_Existing_ShouldRemoveItOnceAndThenReportNoChange()
    {
        await fixture.Admin.PostGraphQLAsync("mutation { createProject(input: { id: \"project:unlink-me\", title: \"Unlink me\" }) { id } }");
        await fixture.Admin.PostGraphQLAsync("mutation { linkLocatedIn(from: \"project:unlink-me\", to: \"region:TLC\") { changed } }");

        var first = (await fixture.Admin.PostGraphQLAsync("mutation { unlinkLocatedIn(from: \"project:unlink-me\", to: \"region:TLC\") { changed } }")).Data("unlinkLocatedIn");
        var second = (await fixture.Admin.PostGraphQLAsync("mutation { unlinkLocatedIn(from: \"project:unlink-me\", to: \"region:TLC\") { changed } }")).Data("unlinkLocatedIn");

        Assert.True(first.GetProperty("changed").GetBoolean());
        Assert.False(second.GetProperty("changed").GetBoolean());
        var region = (await fixture.Admin.PostGraphQLAsync("{ node(id: \"project:unlink-me\") { ... on Project { region { id } } } }")).Data("node");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, region.GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task LinkBorders_SameRegionBothEnds_ShouldBeRefused()
    {
        var response = await fixture.Admin.PostGraphQLAsync("mutation { linkBorders(from: \"region:TLC\", to: \"region:TLC\") { changed } }");

        Assert.Equal(["to"], response.ErrorFields());
    }
}
