using System.Text;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Interchange;

/// <summary>Bad input: each problem is reported with its line and reason, and nothing from the file is applied.</summary>
public sealed class ImportValidationTests : IAsyncLifetime
{
    private const string Region = """{"type":"node","id":"region:TLE3","labels":["Region"],"properties":{"name":"South Yorkshire","level":"ITL2"}}""";
    private const string Lab = """{"type":"node","id":"lab:amrc","labels":["Lab"],"properties":{"name":"AMRC","kind":"catapult"}}""";
    private const string Skill = """{"type":"node","id":"skill:robotics","labels":["Skill"],"properties":{"name":"Robotics","category":"Manufacturing"}}""";
    private const string LocatedIn = """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:amrc"},"end":{"id":"region:TLE3"},"properties":{}}""";

    private StoreFixture _fixture = null!;

    public Task InitializeAsync()
    {
        _fixture = new StoreFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    public static TheoryData<string, string, string> BadLines => new()
    {
        { "{\"type\":\"node\",", "", "not valid JSON" },
        { "[1,2]", "", "JSON object" },
        { """{"type":"vertex","id":"x:1"}""", "type", "\"node\" or \"relationship\"" },
        { """{"type":"node","id":"x:1","labels":["Spaceship"],"properties":{"name":"X"}}""", "labels", "unknown label 'Spaceship'" },
        { """{"type":"node","id":"x:1","labels":["Lab","Firm"],"properties":{"name":"X"}}""", "labels", "exactly one label" },
        { """{"type":"node","labels":["Lab"],"properties":{"name":"X"}}""", "id", "required" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{}}""", "properties.name", "required on Lab" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":42}}""", "properties.name", "must be a string" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X","staff":"many"}}""", "properties.staff", "whole number" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X","staff":1.5}}""", "properties.staff", "whole number" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X","kind":"castle"}}""", "properties.kind", "not one of" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X","colour":"red"}}""", "properties.colour", "unknown property for Lab" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X","website":"ftp://x"}}""", "properties.website", "http or https" },
        { """{"type":"node","id":"bottleneck:x","labels":["Bottleneck"],"properties":{"title":"X","category":"finance","severity":7}}""", "properties.severity", "out of range 1–5" },
        { """{"type":"node","id":"bottleneck:x","labels":["Bottleneck"],"properties":{"title":"X","category":"finance","reportedAt":"29/11/2026"}}""", "properties.reportedAt", "yyyy-mm-dd" },
        { """{"type":"node","id":"project:x","labels":["Project"],"properties":{"title":"X","startDate":"2025-01-01","endDate":"2024-01-01"}}""", "properties.endDate", "not be before startDate" },
        { """{"type":"relationship","label":"LIKES","start":{"id":"lab:amrc"},"end":{"id":"region:TLE3"}}""", "label", "unknown relationship type 'LIKES'" },
        { """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:amrc"},"end":{"id":"region:nowhere"}}""", "end.id", "'region:nowhere' does not exist" },
        { """{"type":"relationship","label":"LOCATED_IN","start":{"id":"skill:robotics"},"end":{"id":"region:TLE3"}}""", "start.id", "is a Skill, but LOCATED_IN must start at" },
        { """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:amrc"},"end":{"id":"skill:robotics"}}""", "end.id", "is a Skill, but LOCATED_IN must end at Region" },
        { """{"type":"relationship","label":"HAS_SKILL","start":{"id":"lab:amrc"},"end":{"id":"skill:robotics"},"properties":{}}""", "properties.level", "required on HAS_SKILL" },
        { """{"type":"relationship","label":"HAS_SKILL","start":{"id":"lab:amrc"},"end":{"id":"skill:robotics"},"properties":{"level":9}}""", "properties.level", "out of range" },
        { """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:amrc","labels":["Firm"]},"end":{"id":"region:TLE3"}}""", "start.id", "the line says 'lab:amrc' is a Firm" },
        { """{"type":"node","id":"lab:amrc","labels":["Firm"],"properties":{"name":"AMRC"}}""", "id", "already a Lab" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X"},"extra":1}""", "extra", "unknown key" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X"},"provenance":"yesterday"}""", "provenance", "must be an object" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X"},"provenance":{"created":{"at":"2026-01-01T00:00:00Z","by":"cli","source":"seed"}}}""", "provenance.updated", "required" },
        { """{"type":"node","id":"lab:x","labels":["Lab"],"properties":{"name":"X"},"provenance":{"created":{"at":"soon","by":"cli","source":"seed"},"updated":{"at":"2026-01-01T00:00:00Z","by":"cli","source":"seed"}}}""", "provenance.created.at", "not a date and time" },
        { """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:amrc"},"end":{"id":"region:TLE3"},"provenance":{"created":{"at":"2026-01-01T00:00:00Z","by":"","source":"seed"},"updated":{"at":"2026-01-01T00:00:00Z","by":"cli","source":"seed"}}}""", "provenance.created.by", "1–200 characters" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Import_BadLine_ShouldNameTheLineAndTheProblemAndApplyNothing(string badLine, string path, string message)
    {
        var text = string.Join('\n', Region, Lab, Skill, LocatedIn, badLine, """{"type":"node","id":"lab:after","labels":["Lab"],"properties":{"name":"After"}}""");

        var report = await _fixture.ImportTextAsync(text);

        var error = Assert.Single(report.Errors);
        Assert.Equal(5, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(report.Applied);
        Assert.Equal(0, (await _fixture.Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Import_ManyBadLines_ShouldListUpToTheCapThenCount()
    {
        var text = string.Join('\n', Enumerable.Range(0, 30).Select(i => "{oops " + i));

        var report = await _fixture.ImportTextAsync(text, new ImportOptions { MaxListedErrors = 10 });

        Assert.Equal(10, report.Errors.Count);
        Assert.Equal(30, report.ErrorCount);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), report.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task Import_InvalidUtf8_ShouldBeAnErrorOnItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Region + "\n").Concat("{\"type\":\"node\",\"id\":\"lab:x\",\"labels\":[\"Lab\"],\"properties\":{\"name\":\""u8.ToArray())
            .Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}}\n"u8.ToArray()).ToArray();

        var report = await _fixture.Importer.ImportAsync(new ImportSource("bad.jsonl", () => new MemoryStream(bytes)), new ImportOptions());

        var error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await _fixture.Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Import_LineLongerThanTheLimit_ShouldBeRejectedAndTheNextLineRead()
    {
        var huge = "{\"type\":\"node\",\"id\":\"lab:x\",\"labels\":[\"Lab\"],\"properties\":{\"name\":\"" + new string('x', 5000) + "\"}}";

        var report = await _fixture.ImportTextAsync(string.Join('\n', huge, "{bad"), new ImportOptions { MaxLineBytes = 1000 });

        Assert.Equal([1L, 2L], report.Errors.Select(e => e.Line));
        Assert.Contains("longer than 1000 bytes", report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SkipInvalid_ShouldApplyTheValidLinesOnly()
    {
        var report = await _fixture.ImportTextAsync(string.Join('\n', Region, "{bad", Lab), new ImportOptions { SkipInvalidLines = true });

        Assert.True(report.Applied);
        Assert.Equal(1, report.ErrorCount);
        Assert.Equal(2, (await _fixture.Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Import_DryRun_ShouldValidateAgainstTheStoreAndWriteNothing()
    {
        var report = await _fixture.ImportTextAsync(string.Join('\n', Region, Lab, LocatedIn), new ImportOptions { DryRun = true });

        Assert.True(report.Succeeded);
        Assert.False(report.Applied);
        Assert.Equal(2, report.NodesWritten);
        Assert.Equal(0, (await _fixture.Store.GetStatisticsAsync()).NodeCount);
    }

    [Fact]
    public async Task Import_SameFileTwice_ShouldChangeNothingTheSecondTime()
    {
        var text = string.Join("\r\n", Region, Lab, Skill, LocatedIn, "", "   ");
        var first = await _fixture.ImportTextAsync(text);
        var sequence = (await _fixture.Store.GetStatisticsAsync()).LastSequence;

        var second = await _fixture.ImportTextAsync(text);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(0, second.NodesWritten + second.RelationshipsWritten);
        Assert.Equal(3, second.NodesUnchanged);
        Assert.Equal(sequence, (await _fixture.Store.GetStatisticsAsync()).LastSequence);
    }
}
