using System.Text;
using InnovationNetwork.Access;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Tests.Security;

/// <summary>
/// One seeded host with a firm that has a contact email and one key per role. Keys are read from the file on every
/// request (no cache), so revocation tests need not wait.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    public const string FirmId = "firm:contact-test";
    public const string Email = "partnerships@contact-test.example";

    public ApiFactory Factory { get; } = new();

    public string ReaderToken { get; private set; } = string.Empty;

    public string ContributorToken { get; private set; } = string.Empty;

    public string AdminToken { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Factory.Settings["Access:KeyCacheSeconds"] = "0";
        ReaderToken = Factory.CreateKey("reader-1", AccessRole.Reader);
        ContributorToken = Factory.CreateKey("other-org", AccessRole.Contributor, "firm:somebody-else");
        AdminToken = Factory.CreateKey("admin-1", AccessRole.Admin);
        var line = $$$"""{"type":"node","id":"{{{FirmId}}}","labels":["Firm"],"properties":{"name":"Contact Test Widgets","description":"Makes test widgets.","contactEmail":"{{{Email}}}"}}""";
        var importer = Factory.Services.GetRequiredService<GraphImporter>();
        var report = await importer.ImportAsync(new ImportSource("contact.jsonl", () => new MemoryStream(Encoding.UTF8.GetBytes(line))), new ImportOptions());
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        await Factory.WaitForSearchAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
