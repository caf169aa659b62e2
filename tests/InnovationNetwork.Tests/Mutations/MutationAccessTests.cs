using System.Globalization;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Mutations;

/// <summary>
/// Every mutation, tried with no key, a reader key, another organisation's contributor key and an admin key. The
/// documents are made from graph-schema/schema.json, and the schema's mutation list must equal them, so a new
/// mutation cannot go untested.
/// </summary>
public sealed class MutationAccessTests(MutationFixture fixture) : IClassFixture<MutationFixture>
{
    private static readonly Dictionary<string, string> Listings = new(StringComparer.Ordinal)
    {
        ["Region"] = "regions",
        ["Lab"] = "labs",
        ["Firm"] = "firms",
        ["Funder"] = "funders",
        ["Skill"] = "skills",
        ["Bottleneck"] = "bottlenecks",
        ["Project"] = "projects",
    };

    public static TheoryData<string> MutationNames()
    {
        var names = new TheoryData<string>();
        foreach (var label in GraphSchema.Default.Labels)
        {
            names.Add("create" + label.Name);
            names.Add("update" + label.Name);
            names.Add("delete" + label.Name);
            names.Add("upsert" + label.Name + "s");
        }

        foreach (var type in GraphSchema.Default.RelationshipTypes)
        {
            names.Add("link" + Pascal(type.Name));
            names.Add("unlink" + Pascal(type.Name));
        }

        return names;
    }

    [Fact]
    public async Task Schema_Mutations_ShouldBeExactlyTheOnesTestedHere()
    {
        var fields = (await fixture.Anonymous.PostGraphQLAsync("{ __schema { mutationType { fields { name } } } }"))
            .Data("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);

        Assert.Equal(((IEnumerable<object[]>)MutationNames()).Select(row => (string)row[0]).Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public async Task Mutation_EachKindOfCaller_ShouldBeRefusedOrAllowedByRole(string mutation)
    {
        var document = await DocumentAsync(mutation);

        Assert.Equal(["UNAUTHENTICATED"], (await fixture.Anonymous.PostGraphQLAsync(document)).ErrorCodes());
        Assert.Equal(["FORBIDDEN"], (await fixture.Reader.PostGraphQLAsync(document)).ErrorCodes());
        Assert.Equal(["FORBIDDEN"], (await fixture.LabContributor.PostGraphQLAsync(document)).ErrorCodes());
        var admin = await fixture.Admin.PostGraphQLAsync(document);
        Assert.DoesNotContain(admin.ErrorCodes(), code => code is "UNAUTHENTICATED" or "FORBIDDEN");
        Assert.All(admin.ErrorCodes(), code => Assert.Equal("CONFLICT", code)); // updates and deletes send a stale version on purpose
    }

    [Fact]
    public async Task OwnContributor_OwnOrganisation_ShouldUpdateAndLinkButNotCreateOrDelete()
    {
        var version = await fixture.VersionOfAsync(MutationFixture.OwnFirm);

        var update = await fixture.FirmContributor.PostGraphQLAsync($"mutation {{ updateFirm(id: \"{MutationFixture.OwnFirm}\", version: \"{version}\", set: {{ employees: 18 }}) {{ id }} }}");
        var link = await fixture.FirmContributor.PostGraphQLAsync($"mutation {{ linkNeedsSkill(from: \"{MutationFixture.OwnFirm}\", to: \"skill:deep-learning\", priority: 3) {{ changed }} }}");
        var create = await fixture.FirmContributor.PostGraphQLAsync("mutation { createFirm(input: { id: \"firm:contributor-made\", name: \"X\" }) { id } }");
        var delete = await fixture.FirmContributor.PostGraphQLAsync($"mutation {{ deleteFirm(id: \"{MutationFixture.OwnFirm}\", version: \"{version}\") {{ id }} }}");

        Assert.Empty(update.ErrorCodes());
        Assert.Empty(link.ErrorCodes());
        Assert.Equal(["FORBIDDEN"], create.ErrorCodes());
        Assert.Equal(["FORBIDDEN"], delete.ErrorCodes());
    }

    private async Task<string> DocumentAsync(string mutation)
    {
        if (GraphSchema.Default.Labels.FirstOrDefault(l => mutation == "create" + l.Name || mutation == "update" + l.Name || mutation == "delete" + l.Name || mutation == "upsert" + l.Name + "s") is { } label)
        {
            var existing = await ExistingIdAsync(label.Name);
            return mutation[..6] switch
            {
                "create" => $"mutation {{ {mutation}(input: {{ id: \"{label.Name.ToLowerInvariant()}:access-test\" {RequiredFields(label)} }}) {{ id }} }}",
                "update" => $"mutation {{ {mutation}(id: \"{existing}\", version: \"1.000000000000\", set: {{}}) {{ id }} }}",
                "delete" => $"mutation {{ {mutation}(id: \"{existing}\", version: \"1.000000000000\") {{ id }} }}",
                _ => $"mutation {{ {mutation}(inputs: []) {{ created }} }}",
            };
        }

        var type = GraphSchema.Default.RelationshipTypes.Single(t => mutation == "link" + Pascal(t.Name) || mutation == "unlink" + Pascal(t.Name));
        var from = await ExistingIdAsync(type.From[0]);
        var to = await ExistingIdAsync(type.To[0], avoid: from);
        var properties = mutation.StartsWith("unlink", StringComparison.Ordinal) ? string.Empty : string.Concat(type.Properties.Where(p => p.Required).Select(p => $", {p.Name}: {Literal(p)}"));
        return $"mutation {{ {mutation}(from: \"{from}\", to: \"{to}\"{properties}) {{ changed }} }}";
    }

    // An existing node of the label that is not the other contributor's own lab (that contributor must be a stranger to it).
    private async Task<string> ExistingIdAsync(string label, string? avoid = null)
    {
        var nodes = (await fixture.Admin.PostGraphQLAsync($"{{ {Listings[label]}(first: 5) {{ nodes {{ id }} }} }}")).Data(Listings[label]).GetProperty("nodes");
        return nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()!).First(id => id != MutationFixture.OtherLab && id != avoid);
    }

    private static string RequiredFields(NodeLabelDefinition label) =>
        string.Concat(label.Properties.Where(p => p.Required).Select(p => $", {p.Name}: {Literal(p)}"));

    private static string Literal(PropertyDefinition property) => property switch
    {
        { AllowedValues: [var first, ..] } => first.ToUpperInvariant(),
        { Type: PropertyType.Integer } => ((long)(property.Min ?? 1)).ToString(CultureInfo.InvariantCulture),
        { Type: PropertyType.Number } => "0.5",
        { Type: PropertyType.Boolean } => "true",
        { Type: PropertyType.Date } => "\"2026-01-01\"",
        _ => "\"Access test\"",
    };

    private static string Pascal(string upperSnake) =>
        string.Concat(upperSnake.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));
}
