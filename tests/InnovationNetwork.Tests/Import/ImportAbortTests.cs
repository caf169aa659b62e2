using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static InnovationNetwork.Tests.Import.ImportLines;

namespace InnovationNetwork.Tests.Import;

/// <summary>
/// Uploads that stop part-way, over a real Kestrel connection (TestServer never ends a request whose client
/// stream fails): the server rolls back what it had read, logs why, and answers no 500.
/// </summary>
public sealed class ImportAbortTests(KestrelImportFixture fixture) : IClassFixture<KestrelImportFixture>
{
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Import_ConnectionClosedBeforeTheDeclaredLength_ShouldRollBackAndLogIt()
    {
        var lines = Encoding.UTF8.GetBytes(Labs("truncated", 50));
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(fixture.Address.Host, fixture.Address.Port);
            var stream = socket.GetStream();
            var head = string.Create(CultureInfo.InvariantCulture,
                $"POST /import?name=truncated HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {fixture.Token}\r\nContent-Type: application/x-ndjson\r\nContent-Length: {lines.Length * 2}\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(lines);
            await stream.FlushAsync();
            await Task.Delay(300); // the server imports the whole lines it has before the connection drops
        }

        await AssertRolledBackAsync("truncated");
    }

    [Fact]
    public async Task Import_ClientStreamFailingMidUpload_ShouldRollBackAndLogIt()
    {
        var content = new ChunkedContent(Encoding.UTF8.GetBytes(Labs("failing", 50)), failAfterBytes: 4096);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/import?name=failing", UriKind.Relative)) { Content = content };

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => fixture.Client.SendAsync(request));

        await AssertRolledBackAsync("failing");
    }

    [Fact]
    public async Task Import_BodyPastKestrelsDefaultLimit_ShouldBeAcceptedUpToTheImportCap()
    {
        // Kestrel refuses bodies over 30,000,000 bytes unless the endpoint raises the limit; blank lines keep this cheap to import.
        var blankLine = new string(' ', 999) + "\n";
        var text = new StringBuilder(Lab("lab:past-kestrel", "Past Kestrel")).Append('\n');
        for (var size = text.Length; size <= 31_000_000; size += blankLine.Length)
        {
            text.Append(blankLine);
        }

        using var content = ImportEndpointFixture.NdJson(text.ToString());
        using var response = await fixture.Client.PostAsync(new Uri("/import", UriKind.Relative), content);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Past Kestrel", (await ImportEndpointFixture.NodeAsync(fixture.Client, "lab:past-kestrel")).GetProperty("name").GetString());
    }

    private async Task AssertRolledBackAsync(string name)
    {
        var logged = await fixture.Logs.WaitForAsync(l => l.EventId == 4201 && l.Message.Contains($"'{name}'", StringComparison.Ordinal), LogWait);
        Assert.Contains("rolled back", logged.Message, StringComparison.Ordinal);
        Assert.Null(logged.Exception);
        Assert.DoesNotContain(fixture.Logs.Entries, l => l.Level >= LogLevel.Error);
        Assert.Equal(JsonValueKind.Null, (await ImportEndpointFixture.NodeAsync(fixture.Client, Id(name, 0))).ValueKind);
    }
}

/// <summary>A seeded host on Kestrel over loopback, with its log captured.</summary>
public sealed class KestrelImportFixture : IDisposable
{
    public KestrelImportFixture()
    {
        Factory = new ApiFactory(services => services.AddSingleton<ILoggerProvider>(Logs));
        Factory.UseKestrel(0);
        Factory.StartServer();
        Address = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Token = Factory.CreateKey("import-admin", AccessRole.Admin);
        Client = new HttpClient { BaseAddress = Address };
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
    }

    /// <summary>An admin key's bearer token: importing needs one.</summary>
    public string Token { get; }

    public ApiFactory Factory { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; } = new();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
