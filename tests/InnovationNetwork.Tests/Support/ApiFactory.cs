using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Tests.Support;

/// <summary>
/// The real web host on a temporary data folder, seeded from the repository's seed. Also runs GraphQL
/// documents directly through the executer (no HTTP), for schema tests that are not about the transport.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public ApiFactory(Action<IServiceCollection>? configureServices = null) =>
        ConfigureServices = configureServices;

    private Action<IServiceCollection>? ConfigureServices { get; }

    public string DataDirectory => _data.Path;

    /// <summary>Extra configuration (e.g. <c>RateLimiting:Burst</c>); set before the host starts.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The key file the host reads by default.</summary>
    public string KeyStorePath => Path.Combine(DataDirectory, ApiKeyStore.DefaultFileName);

    /// <summary>Creates an API key in the host's key file and returns its bearer token.</summary>
    public string CreateKey(string name, AccessRole role, params string[] organisations) =>
        ApiKeyStore.Open(KeyStorePath).Create(name, role, organisations).Token;

    /// <summary>A client that sends <paramref name="token"/> as its bearer token (none when null).</summary>
    public HttpClient CreateClientWithKey(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null)
    {
        using var scope = Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("GraphStore:DataDirectory", _data.Path);
        builder.UseSetting("Seed:Directory", RepositoryPaths.Of("seed"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
