using System.Text.Json;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Mutations;

/// <summary>create, update, delete and batched upserts: validation, versions, provenance.</summary>
public sealed class NodeMutationTests(MutationFixture fixture) : IClassFixture<MutationFixture>
{
    private const string CreateLab = "mutation($input: LabInput!) { createLab(input: $input) { id name version provenance { created { by source at } updated { by } } } }";
    private const string UpdateFirm = "mutation($id: ID!, $version: String!, $set: FirmPatch!) { updateFirm(id: $id, version: $version, set: $set) { id name employees website description version provenance { created { by source } updated { by source } } } }";

    [Fact]
    public async Task CreateLab_AsAdmin_ShouldBeStoredWithItsProvenance()
    {
        var created = (await fixture.Admin.PostGraphQLAsync(CreateLab, new { input = new { id = "lab:new-photonics", name = "New Photonics Lab", kind = "UNIVERSITY", staff = 12 } })).Data("createLab");

        Assert.Equal("New Photonics Lab", created.GetProperty("name").GetString());
        Assert.Equal("admin-key", created.GetProperty("provenance").GetProperty("created").GetProperty("by").GetString());
        Assert.Equal("mutation:createLab", created.GetProperty("provenance").GetProperty("created").GetProperty("source").GetString());
        var read = (await fixture.Anonymous.PostGraphQLAsync("{ node(id: \"lab:new-photonics\") { ... on Lab { staff kind version } } }")).Data("node");
        Assert.Equal(12, read.GetProperty("staff").GetInt32());
        Assert.Equal("UNIVERSITY", read.GetProperty("kind").GetString());
        Assert.Equal(created.GetProperty("version").GetString(), read.GetProperty("version").GetString());
    }

    [Fact]
    public async Task CreateLab_InvalidFields_ShouldReportEveryProblemWithItsFieldAndCreateNothing()
    {
        var response = await fixture.Admin.PostGraphQLAsync(CreateLab, new { input = new { id = " lab:bad", name = "Bad", website = "ftp://example.org", founded = 3000, staff = -1 } });

        Assert.Equal(["input.founded", "input.id", "input.staff", "input.website"], response.ErrorFields().Order(StringComparer.Ordinal));
        Assert.All(response.ErrorCodes(), code => Assert.Equal("BAD_USER_INPUT", code));
        var missing = await fixture.Admin.PostGraphQLAsync("{ node(id: \" lab:bad\") { id } }");
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes());
    }

    [Fact]
    public async Task CreateLab_ExistingId_ShouldBeAConflict()
    {
        var response = await fixture.Admin.PostGraphQLAsync(CreateLab, new { input = new { id = MutationFixture.OtherLab, name = "Duplicate" } });

        Assert.Equal(["CONFLICT"], response.ErrorCodes());
        Assert.Contains("updateLab", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateFirm_OwnContributor_ShouldChangeOnlyTheGivenFieldsAndNullShouldRemove()
    {
        var before = (await fixture.Admin.PostGraphQLAsync("{ node(id: \"firm:wearbrook-renewables\") { ... on Firm { description version } } }")).Data("node");

        var updated = (await fixture.FirmContributor.PostGraphQLAsync(UpdateFirm, new
        {
            id = MutationFixture.OwnFirm,
            version = before.GetProperty("version").GetString(),
            set = new Dictionary<string, object?> { ["employees"] = 21, ["website"] = null },
        })).Data("updateFirm");

        Assert.Equal(21, updated.GetProperty("employees").GetInt32());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("website").ValueKind);
        Assert.Equal(before.GetProperty("description").GetString(), updated.GetProperty("description").GetString());
        Assert.NotEqual(before.GetProperty("version").GetString(), updated.GetProperty("version").GetString());
        var provenance = updated.GetProperty("provenance");
        Assert.Equal("seed", provenance.GetProperty("created").GetProperty("source").GetString());
        Assert.Equal("wearbrook-key", provenance.GetProperty("updated").GetProperty("by").GetString());
        Assert.Equal("mutation:updateFirm", provenance.GetProperty("updated").GetProperty("source").GetString());
    }

    [Fact]
    public async Task UpdateFirm_StaleVersion_ShouldBeRefusedWithTheCurrentVersion()
    {
        var version = await fixture.VersionOfAsync(MutationFixture.OwnFirm);
        var first = await fixture.Admin.PostGraphQLAsync(UpdateFirm, new { id = MutationFixture.OwnFirm, version, set = new { employees = 30 } });
        Assert.Empty(first.ErrorCodes());

        var second = await fixture.Admin.PostGraphQLAsync(UpdateFirm, new { id = MutationFixture.OwnFirm, version, set = new { employees = 40 } });

        Assert.Equal(["CONFLICT"], second.ErrorCodes());
        var current = first.Data("updateFirm").GetProperty("version").GetString();
        Assert.Equal(current, second.GetProperty("errors")[0].GetProperty("extensions").GetProperty("currentVersion").GetString());
        Assert.Equal(current, await fixture.VersionOfAsync(MutationFixture.OwnFirm));
    }

    [Theory]
    [InlineData("{\"name\": null}", "set.name")]
    [InlineData("{\"employees\": -5, \"founded\": 99}", "set.employees,set.founded")]
    public async Task UpdateFirm_InvalidPatch_ShouldNameEachFieldAndChangeNothing(string patch, string fields)
    {
        var version = await fixture.VersionOfAsync(MutationFixture.OwnFirm);

        var response = await fixture.Admin.PostGraphQLAsync(UpdateFirm, new { id = MutationFixture.OwnFirm, version, set = JsonDocument.Parse(patch).RootElement });

        Assert.Equal(fields.Split(','), response.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(version, await fixture.VersionOfAsync(MutationFixture.OwnFirm));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12.xyz")]
    [InlineData("12.5f0c2a9e81b3 OR 1=1")]
    public async Task UpdateFirm_MalformedVersion_ShouldBeBadInputOnTheVersionArgument(string version)
    {
        var response = await fixture.Admin.PostGraphQLAsync(UpdateFirm, new { id = MutationFixture.OwnFirm, version, set = new { employees = 1 } });

        Assert.Equal(["version"], response.ErrorFields());
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
    }

    [Fact]
    public async Task UpdateLab_UnknownIdOrWrongLabel_ShouldBeNotFound()
    {
        const string Update = "mutation($id: ID!) { updateLab(id: $id, version: \"1.000000000000\", set: { staff: 3 }) { id } }";

        Assert.Equal(["NOT_FOUND"], (await fixture.Admin.PostGraphQLAsync(Update, new { id = "lab:nowhere" })).ErrorCodes());
        Assert.Equal(["NOT_FOUND"], (await fixture.Admin.PostGraphQLAsync(Update, new { id = MutationFixture.OwnFirm })).ErrorCodes());
    }

    [Fact]
    public async Task DeleteSkill_CurrentVersion_ShouldRemoveTheNodeAndItsRelationships()
    {
        await fixture.Admin.PostGraphQLAsync("mutation { createSkill(input: { id: \"skill:to-delete\", name: \"Doomed\", category: \"Test\" }) { id } }");
        await fixture.Admin.PostGraphQLAsync("mutation { linkHasSkill(from: \"lab:cpi\", to: \"skill:to-delete\", level: 2) { changed } }");
        var version = await fixture.VersionOfAsync("skill:to-delete");

        var deleted = (await fixture.Admin.PostGraphQLAsync("mutation($v: String!) { deleteSkill(id: \"skill:to-delete\", version: $v) { id label } }", new { v = version })).Data("deleteSkill");

        Assert.Equal("Skill", deleted.GetProperty("label").GetString());
        var skills = (await fixture.Admin.PostGraphQLAsync("{ node(id: \"lab:cpi\") { ... on Lab { skills { skill { id } } } } }")).Data("node").GetProperty("skills");
        Assert.DoesNotContain(skills.EnumerateArray(), s => s.GetProperty("skill").GetProperty("id").GetString() == "skill:to-delete");
    }

    [Fact]
    public async Task UpsertSkills_OneInvalidInput_ShouldApplyNothing_ThenAllValidShouldCount()
    {
        const string Upsert = "mutation($inputs: [SkillInput!]!) { upsertSkills(inputs: $inputs) { created updated unchanged ids } }";
        var bad = await fixture.Admin.PostGraphQLAsync(Upsert, new { inputs = new object[] { new { id = "skill:batch-a", name = "A", category = "Test" }, new { id = "skill:batch-b", name = new string('x', 500), category = "Test" } } });
        Assert.Equal(["inputs[1].name"], bad.ErrorFields());
        Assert.Equal(["NOT_FOUND"], (await fixture.Admin.PostGraphQLAsync("{ node(id: \"skill:batch-a\") { id } }")).ErrorCodes());

        var inputs = new object[] { new { id = "skill:batch-a", name = "A", category = "Test" }, new { id = "skill:batch-b", name = "B", category = "Test" } };
        var first = (await fixture.Admin.PostGraphQLAsync(Upsert, new { inputs })).Data("upsertSkills");
        var again = (await fixture.Admin.PostGraphQLAsync(Upsert, new { inputs })).Data("upsertSkills");

        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task CreateFirm_WaitForSearch_ShouldBeSearchableWhenTheMutationReturns()
    {
        await fixture.Factory.WaitForSearchAsync();

        var created = await fixture.Admin.PostGraphQLAsync("mutation { createFirm(input: { id: \"firm:quokka-quantum\", name: \"Quokka Quantum Widgets\" }, waitForSearch: true) { id } }");
        var found = (await fixture.Anonymous.PostGraphQLAsync("{ search(query: \"quokka quantum\") { nodes { entity { id } } } }")).Data("search");

        Assert.Empty(created.ErrorCodes());
        Assert.Equal("firm:quokka-quantum", found.GetProperty("nodes")[0].GetProperty("entity").GetProperty("id").GetString());
    }
}
