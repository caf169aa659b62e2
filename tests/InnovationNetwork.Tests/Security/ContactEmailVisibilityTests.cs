using System.Net;
using System.Text.Json;
using GraphQL.Types;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Security;

/// <summary>contactEmail: readable with a reader key or above, and leaking no other way (filters, order, search, suggestions).</summary>
public sealed class ContactEmailVisibilityTests(SecurityFixture fixture) : IClassFixture<SecurityFixture>
{
    private static readonly string FirmQuery = JsonSerializer.Serialize(new
    {
        query = $$"""{ node(id: "{{SecurityFixture.FirmId}}") { id ... on Firm { name contactEmail } } }""",
    });

    [Fact]
    public async Task ContactEmail_Anonymous_ShouldBeNullWithUnauthenticated()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(null), Post(FirmQuery));

        AssertHidden(response, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task ContactEmail_ReaderKey_ShouldBeReturned()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.ReaderToken), Post(FirmQuery));

        AssertVisible(response);
    }

    [Fact]
    public async Task ContactEmail_OtherOrganisationsContributorKey_ShouldBeReturned()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.ContributorToken), Post(FirmQuery));

        AssertVisible(response);
    }

    [Fact]
    public async Task ContactEmail_AdminKey_ShouldBeReturned()
    {
        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.AdminToken), Post(FirmQuery));

        AssertVisible(response);
    }

    [Fact]
    public async Task ContactEmail_AnonymousInAList_ShouldHideItButStillAnswerThePublicFields()
    {
        var body = JsonSerializer.Serialize(new { query = """{ firms(where: { nameContains: "Contact Test" }) { nodes { id name contactEmail } } }""" });

        var response = await SendAsync(fixture.Factory.CreateClientWithKey(null), Post(body));

        var node = response.Body.GetProperty("data").GetProperty("firms").GetProperty("nodes")[0];
        Assert.Equal(SecurityFixture.FirmId, node.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("contactEmail").ValueKind);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }

    [Fact]
    public void FiltersAndOrders_ShouldNotOfferAnyRestrictedProperty()
    {
        var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var restricted = GraphSchema.Default.Labels.SelectMany(l => l.Properties).Where(p => p.IsRestricted).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var offenders = schema.AllTypes
            .Where(t => t.Name.EndsWith("Filter", StringComparison.Ordinal) || t.Name.EndsWith("Order", StringComparison.Ordinal) || t.Name.EndsWith("OrderField", StringComparison.Ordinal))
            .SelectMany(t => t switch
            {
                IInputObjectGraphType input => input.Fields.Select(f => $"{t.Name}.{f.Name}"),
                EnumerationGraphType values => values.Values.Select(v => $"{t.Name}.{v.Value}"),
                _ => [],
            })
            .Where(name => restricted.Any(r => name.EndsWith("." + r, StringComparison.OrdinalIgnoreCase) || name.Contains("Email", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.Contains("contactEmail", restricted);
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("partnerships@contact-test.example")]
    [InlineData("partnerships")]
    [InlineData("contact-test.example")]
    public async Task TextFilter_OnTheEmail_ShouldFindNothing(string text)
    {
        var body = JsonSerializer.Serialize(new { query = "query($t: String!) { firms(where: { textContains: $t }) { totalCount } }", variables = new { t = text } });

        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.AdminToken), Post(body));

        Assert.Equal(0, response.Body.GetProperty("data").GetProperty("firms").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("partnerships")]
    [InlineData("\"partnerships@contact-test.example\"")]
    public async Task Search_ForTheEmail_ShouldNotFindTheFirmEvenForAdmins(string text)
    {
        var body = JsonSerializer.Serialize(new { query = "query($q: String!) { search(query: $q) { nodes { entity { id } highlights } } }", variables = new { q = text } });

        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.AdminToken), Post(body));

        var raw = response.Body.GetRawText();
        Assert.DoesNotContain(SecurityFixture.FirmId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("partnerships@", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ForTheFirmsName_ShouldFindItWithoutTheEmailInHighlights()
    {
        var body = JsonSerializer.Serialize(new { query = """{ search(query: "Contact Test Widgets") { nodes { entity { id } highlights } } }""" });

        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.AdminToken), Post(body));

        var raw = response.Body.GetRawText();
        Assert.Contains(SecurityFixture.FirmId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("partnerships", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_OnTheEmailsPrefix_ShouldNotOfferTheFirm()
    {
        var body = JsonSerializer.Serialize(new { query = """{ suggest(prefix: "partnersh") { text entity { id } } }""" });

        var response = await SendAsync(fixture.Factory.CreateClientWithKey(fixture.AdminToken), Post(body));

        Assert.DoesNotContain(SecurityFixture.FirmId, response.Body.GetRawText(), StringComparison.Ordinal);
    }

    private static void AssertVisible(TransportResponse response)
    {
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.False(response.Body.TryGetProperty("errors", out _), response.Body.GetRawText());
        Assert.Equal(SecurityFixture.Email, response.Body.GetProperty("data").GetProperty("node").GetProperty("contactEmail").GetString());
    }

    private static void AssertHidden(TransportResponse response, string code)
    {
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        var node = response.Body.GetProperty("data").GetProperty("node");
        Assert.Equal("Contact Test Widgets", node.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("contactEmail").ValueKind);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["node", "contactEmail"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
        Assert.DoesNotContain(SecurityFixture.Email, response.Body.GetRawText(), StringComparison.Ordinal);
    }
}
