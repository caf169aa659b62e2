using System.Net.Http.Json;
using System.Text.Json;

namespace InnovationNetwork.Tests.Support;

/// <summary>Posts GraphQL documents over HTTP and hands back the response body, whatever its status.</summary>
public static class GraphQLClient
{
    public static async Task<JsonElement> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The response's errors' <c>extensions.code</c> values (empty when there were none).</summary>
    public static IReadOnlyList<string> ErrorCodes(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];

    /// <summary>The response's errors' <c>extensions.field</c> values, where given.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Where(e => e.GetProperty("extensions").TryGetProperty("field", out _)).Select(e => e.GetProperty("extensions").GetProperty("field").GetString()!)]
            : [];

    /// <summary>The data under a root field; fails the test with the errors when there is none.</summary>
    public static JsonElement Data(this JsonElement response, string field)
    {
        if (response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        throw new Xunit.Sdk.XunitException($"no data for {field}: {response}");
    }
}
