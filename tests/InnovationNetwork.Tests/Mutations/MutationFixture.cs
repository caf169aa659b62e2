using InnovationNetwork.Access;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Mutations;

/// <summary>One seeded service with a key per role: admin, reader, and contributors for one firm and one lab.</summary>
public sealed class MutationFixture : IAsyncLifetime
{
    public const string OwnFirm = "firm:wearbrook-renewables";
    public const string OtherLab = "lab:cpi";

    public ApiFactory Factory { get; } = new();

    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Reader { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>A contributor for <see cref="OwnFirm"/>.</summary>
    public HttpClient FirmContributor { get; private set; } = null!;

    /// <summary>A contributor for <see cref="OtherLab"/> only: a stranger to the firm.</summary>
    public HttpClient LabContributor { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.Settings["RateLimiting:Enabled"] = "false";
        Anonymous = Factory.CreateClientWithKey(null);
        Reader = Factory.CreateClientWithKey(Factory.CreateKey("reader-key", AccessRole.Reader));
        Admin = Factory.CreateClientWithKey(Factory.CreateKey("admin-key", AccessRole.Admin));
        FirmContributor = Factory.CreateClientWithKey(Factory.CreateKey("wearbrook-key", AccessRole.Contributor, OwnFirm));
        LabContributor = Factory.CreateClientWithKey(Factory.CreateKey("cpi-key", AccessRole.Contributor, OtherLab));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The entity's current version, read as a client would.</summary>
    public async Task<string> VersionOfAsync(string id) =>
        (await Admin.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Lab { version } ... on Firm { version } ... on Skill { version } } }", new { id }))
            .Data("node").GetProperty("version").GetString()!;
}
