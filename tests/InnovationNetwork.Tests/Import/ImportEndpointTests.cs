using System.Net;
using System.Text.Json;
using InnovationNetwork.Tests.Api;
using static InnovationNetwork.Tests.Import.ImportEndpointFixture;
using static InnovationNetwork.Tests.Import.ImportLines;

namespace InnovationNetwork.Tests.Import;

/// <summary>POST /import: the CLI's validation and all-or-nothing semantics over HTTP, with a JSON report.</summary>
public sealed class ImportEndpointTests(ImportEndpointFixture fixture) : IClassFixture<ImportEndpointFixture>
{
    [Fact]
    public async Task Import_ValidFile_ShouldApplyItAndBeQueryableThroughGraphQL()
    {
        var response = await fixture.ImportAsync(Labs("valid", 3));

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        var report = response.Body;
        Assert.True(report.GetProperty("applied").GetBoolean());
        Assert.False(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(6, report.GetProperty("lines").GetInt64());
        Assert.Equal(3, report.GetProperty("nodesWritten").GetInt64());
        Assert.Equal(3, report.GetProperty("relationshipsWritten").GetInt64());
        Assert.Equal(0, report.GetProperty("errorCount").GetInt64());
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        Assert.True(report.GetProperty("lastSequence").GetInt64() > 0);
        Assert.Equal("imported", report.GetProperty("outcome").GetString());
        foreach (var name in (string[])["elapsedMs", "linesPerSecond", "bytesRead"])
        {
            Assert.Equal(JsonValueKind.Number, report.GetProperty(name).ValueKind);
        }

        var node = await fixture.NodeAsync(Id("valid", 2));
        Assert.Equal("valid lab 2", node.GetProperty("name").GetString());
        Assert.Equal("region:TLE3", node.GetProperty("region").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Import_DryRun_ShouldReportWhatWouldBeWrittenAndApplyNothing()
    {
        var response = await fixture.ImportAsync(Labs("dry", 2), "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.False(response.Body.GetProperty("applied").GetBoolean());
        Assert.True(response.Body.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, response.Body.GetProperty("nodesWritten").GetInt64());
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("dry", 0))).ValueKind);
    }

    [Fact]
    public async Task Import_BadLines_ShouldBe422ListingEveryErrorWithItsLineAndApplyNothing()
    {
        var text = string.Join('\n',
            Lab("lab:bad-0", "Fine"),
            """{"type":"node","id":"lab:bad-1","labels":["Lab"],""",
            Lab("lab:bad-2", "Fine too"),
            """{"type":"node","id":"x:1","labels":["Spaceship"],"properties":{"name":"X"}}""",
            LocatedIn("lab:bad-2", "region:nowhere"));

        var response = await fixture.ImportAsync(text);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Message.StatusCode);
        Assert.False(response.Body.GetProperty("applied").GetBoolean());
        Assert.Equal(3, response.Body.GetProperty("errorCount").GetInt64());
        var errors = response.Body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([2L, 4L, 5L], errors.Select(e => e.GetProperty("line").GetInt64()));
        Assert.All(errors, e => Assert.Equal("request", e.GetProperty("source").GetString()));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
        Assert.Equal("end.id", errors[2].GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync("lab:bad-0")).ValueKind);
    }

    [Fact]
    public async Task Import_MaxErrorsAndName_ShouldListThatManyUnderThatNameAndCountThemAll()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5).Select(_ => "not json"));

        var response = await fixture.ImportAsync(text, "?maxErrors=2&name=nightly.jsonl");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Message.StatusCode);
        Assert.Equal(5, response.Body.GetProperty("errorCount").GetInt64());
        var errors = response.Body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("nightly.jsonl", e.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Import_SkipInvalidLines_ShouldApplyTheValidLinesAndReportTheOthers()
    {
        var text = Labs("skip", 2) + "{broken\n" + LocatedIn(Id("skip", 0), "region:nowhere");

        var response = await fixture.ImportAsync(text, "?skipInvalidLines=true");

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.True(response.Body.GetProperty("applied").GetBoolean());
        Assert.Equal(2, response.Body.GetProperty("errorCount").GetInt64());
        Assert.Equal([5L, 6L], response.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt64()));
        Assert.Equal("skip lab 1", (await fixture.NodeAsync(Id("skip", 1))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_SameFileTwice_ShouldChangeNothingTheSecondTime()
    {
        var text = Labs("twice", 3);
        var first = await fixture.ImportAsync(text);

        var second = await fixture.ImportAsync(text);

        Assert.Equal(HttpStatusCode.OK, second.Message.StatusCode);
        Assert.Equal(0, second.Body.GetProperty("nodesWritten").GetInt64());
        Assert.Equal(3, second.Body.GetProperty("nodesUnchanged").GetInt64());
        Assert.Equal(0, second.Body.GetProperty("relationshipsWritten").GetInt64());
        Assert.Equal(3, second.Body.GetProperty("relationshipsUnchanged").GetInt64());
        Assert.Equal(first.Body.GetProperty("lastSequence").GetInt64(), second.Body.GetProperty("lastSequence").GetInt64());
    }

    [Fact]
    public async Task Import_WaitForSearch_ShouldAnswerOnceSearchFindsTheImport()
    {
        var response = await fixture.ImportAsync(Lab("lab:quokkatronics", "Quokkatronics Institute") + "\n", "?waitForSearch=true");

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.True(response.Body.GetProperty("searchable").GetBoolean());
        var search = await TransportResponse.SendAsync(fixture.Client, TransportResponse.Post("""{"query":"{ search(query: \"quokkatronics\") { nodes { entity { id } } } }"}"""));
        Assert.Contains(
            search.Body.GetProperty("data").GetProperty("search").GetProperty("nodes").EnumerateArray(),
            hit => hit.GetProperty("entity").GetProperty("id").GetString() == "lab:quokkatronics");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/x-ndjson; charset=iso-8859-1")]
    public async Task Import_WrongContentType_ShouldBe415SayingWhatToSend(string contentType)
    {
        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, NdJson(Labs("type", 1), contentType)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Message.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.ErrorCode);
        Assert.Contains(contentType.Contains("charset", StringComparison.Ordinal) ? "UTF-8" : "application/x-ndjson", Message(response), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("type", 0))).ValueKind);
    }

    [Theory]
    [InlineData("?dryRun=maybe", "dryRun")]
    [InlineData("?maxErrors=-1", "maxErrors")]
    [InlineData("?maxErrors=lots", "maxErrors")]
    [InlineData("?maxErrors=1000000", "maxErrors")]
    [InlineData("?dry_run=true", "dry_run")]
    [InlineData("?dryRun=true&dryRun=false", "dryRun")]
    [InlineData("?name=../../etc/passwd", "name")]
    public async Task Import_BadOption_ShouldBe400NamingIt(string query, string option)
    {
        var response = await fixture.ImportAsync(Labs("option", 1), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Message.StatusCode);
        Assert.Equal("BAD_REQUEST", response.ErrorCode);
        Assert.Contains(option, Message(response), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("option", 0))).ValueKind);
    }

    internal static string Message(TransportResponse response) =>
        response.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
