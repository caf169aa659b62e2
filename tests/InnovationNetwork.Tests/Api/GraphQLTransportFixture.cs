using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnovationNetwork.Tests.Api;

/// <summary>One seeded web host for the transport tests, with small limits so the limit cases stay cheap.</summary>
public sealed class GraphQLTransportFixture : IDisposable
{
    public const int MaxRequestBytes = 4096;
    public const int MaxBatchSize = 3;

    private readonly TempDirectory _data = new();

    public GraphQLTransportFixture() =>
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("GraphStore:DataDirectory", _data.Path)
            .UseSetting("Seed:Directory", RepositoryPaths.Of("seed"))
            .UseSetting("GraphQL:Http:MaxRequestBytes", MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Http:MaxBatchSize", MaxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public WebApplicationFactory<Program> Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _data.Dispose();
    }
}

/// <summary>A response read once: status, media type and the JSON body.</summary>
public sealed record TransportResponse(HttpResponseMessage Message, JsonElement Body)
{
    public string? MediaType => Message.Content.Headers.ContentType?.MediaType;

    public string? Charset => Message.Content.Headers.ContentType?.CharSet;

    public string? ErrorCode => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors)
        ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
        : null;

    public static async Task<TransportResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var message = await client.SendAsync(request);
        var text = await message.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new TransportResponse(message, body);
    }

    public static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return WithAccept(request, accept);
    }

    public static HttpRequestMessage Get(string query, string? accept = null) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative)), accept);

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
