using InnovationNetwork.Access;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Security;

/// <summary>
/// One seeded host with one key per role. Keys are read from the file on every
/// request (no cache), so revocation tests need not wait.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public string ReaderToken { get; private set; } = string.Empty;

    public string ContributorToken { get; private set; } = string.Empty;

    public string AdminToken { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        Factory.Settings["Access:KeyCacheSeconds"] = "0";
        ReaderToken = Factory.CreateKey("reader-1", AccessRole.Reader);
        ContributorToken = Factory.CreateKey("other-org", AccessRole.Contributor, "firm:somebody-else");
        AdminToken = Factory.CreateKey("admin-1", AccessRole.Admin);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
