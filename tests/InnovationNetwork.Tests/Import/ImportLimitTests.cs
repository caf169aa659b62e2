using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Tests.Api;
using static InnovationNetwork.Tests.Import.ImportEndpointFixture;
using static InnovationNetwork.Tests.Import.ImportLines;

namespace InnovationNetwork.Tests.Import;

/// <summary>POST /import under pressure: bodies past the cap, gzip, and malformed gzip all apply nothing.</summary>
public sealed class ImportLimitTests(ImportEndpointFixture fixture) : IClassFixture<ImportEndpointFixture>
{
    // About 200 bytes a lab and its LOCATED_IN line: 500 of them pass the 64 KiB cap.
    private const int LabsPastTheCap = 500;

    [Fact]
    public async Task Import_ContentLengthPastTheCap_ShouldBe413AndApplyNothing()
    {
        var response = await fixture.ImportAsync(Labs("big", LabsPastTheCap));

        AssertTooLarge(response);
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("big", 0))).ValueKind);
    }

    [Fact]
    public async Task Import_ChunkedBodyPastTheCap_ShouldBe413AndApplyNothing()
    {
        var content = new ChunkedContent(Encoding.UTF8.GetBytes(Labs("chunked", LabsPastTheCap)));

        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, content));

        AssertTooLarge(response);
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("chunked", 0))).ValueKind);
    }

    [Fact]
    public async Task Import_GzipBody_ShouldBeDecodedAndApplied()
    {
        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, Gzip(Labs("gzip", 3))));

        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal(3, response.Body.GetProperty("nodesWritten").GetInt64());
        Assert.Equal("gzip lab 1", (await fixture.NodeAsync(Id("gzip", 1))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_GzipBodyExpandingPastTheCap_ShouldBe413AndApplyNothing()
    {
        // Small on the wire, past the cap once decoded: the cap counts what the importer reads.
        var content = Gzip(Labs("inflated", LabsPastTheCap));
        Assert.True(content.Headers.ContentLength < MaxBodyBytes);

        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, content));

        AssertTooLarge(response);
        Assert.Equal(JsonValueKind.Null, (await fixture.NodeAsync(Id("inflated", 0))).ValueKind);
    }

    [Fact]
    public async Task Import_BodyThatIsNotGzip_ShouldBe400()
    {
        var content = NdJson(Labs("notgzip", 1));
        content.Headers.ContentEncoding.Add("gzip");

        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, content));

        Assert.Equal(HttpStatusCode.BadRequest, response.Message.StatusCode);
        Assert.Equal("BAD_REQUEST", response.ErrorCode);
    }

    [Fact]
    public async Task Import_UnknownContentEncoding_ShouldBe415()
    {
        var content = NdJson(Labs("brotli", 1));
        content.Headers.ContentEncoding.Add("br");

        var response = await TransportResponse.SendAsync(fixture.Client, Upload(string.Empty, content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Message.StatusCode);
    }

    private static void AssertTooLarge(TransportResponse response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Message.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", response.ErrorCode);
        Assert.Contains("nothing was applied", ImportEndpointTests.Message(response), StringComparison.Ordinal);
    }

    private static ByteArrayContent Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
