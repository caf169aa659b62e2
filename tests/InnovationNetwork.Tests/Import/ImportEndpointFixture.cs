using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Api.Import;
using InnovationNetwork.Tests.Api;
using InnovationNetwork.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InnovationNetwork.Tests.Import;

/// <summary>
/// One seeded host for the HTTP import tests, with a small body cap so the limit cases stay cheap. Tests share it,
/// so each writes only ids under a prefix of its own.
/// </summary>
public sealed class ImportEndpointFixture : IDisposable
{
    public const int MaxBodyBytes = 64 * 1024;

    public ImportEndpointFixture()
    {
        Factory = new ApiFactory(services =>
        {
            services.Configure<HttpImportOptions>(options => options.MaxBodyBytes = MaxBodyBytes);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
        Client = Factory.CreateClientWithKey(Factory.CreateKey("import-admin", AccessRole.Admin));
    }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; } = new();

    public static HttpRequestMessage Upload(string query, HttpContent content) =>
        new(HttpMethod.Post, new Uri("/import" + query, UriKind.Relative)) { Content = content };

    public static HttpContent NdJson(string text, string contentType = "application/x-ndjson")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public Task<TransportResponse> ImportAsync(string text, string query = "") =>
        TransportResponse.SendAsync(Client, Upload(query, NdJson(text)));

    /// <summary>The node as GraphQL over HTTP shows it (null when it does not exist).</summary>
    public Task<JsonElement> NodeAsync(string id) => NodeAsync(Client, id);

    /// <summary>The node as GraphQL over HTTP shows it (null when it does not exist).</summary>
    public static async Task<JsonElement> NodeAsync(HttpClient client, string id)
    {
        var body = JsonSerializer.Serialize(new { query = "query($id: ID!) { node(id: $id) { id ... on Lab { name region { id } } } }", variables = new { id } });
        var response = await TransportResponse.SendAsync(client, TransportResponse.Post(body));
        return response.Body.GetProperty("data").GetProperty("node");
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
