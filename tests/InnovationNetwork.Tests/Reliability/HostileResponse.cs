using System.Text;
using System.Text.Json;
using InnovationNetwork.Tests.Import;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>Sends one hostile request and says what is wrong with the answer, or null when it is acceptable.</summary>
public static class HostileResponse
{
    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = 512 };

    public static async Task<string?> SendAndCheckAsync(HttpClient client, HostileRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Target, UriKind.Relative));
        if (request.Body is { } body)
        {
            HttpContent content = request.Chunked ? new ChunkedContent(body) : new ByteArrayContent(body);
            content.Headers.ContentType = null;
            if (request.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            if (request.ContentEncoding is not null)
            {
                content.Headers.ContentEncoding.Add(request.ContentEncoding);
            }

            message.Content = content;
        }

        if (request.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Check(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
        }
        catch (HttpRequestException e)
        {
            return "no response: " + e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no response within the client's timeout";
        }
    }

    /// <summary>4xx, or 200 with a well-formed answer: a GraphQL response (data and/or errors, each error with a message and a code other than INTERNAL_SERVER_ERROR) or an import report.</summary>
    public static string? Check(HostileRequest request, int status, string? mediaType, byte[] body)
    {
        if (status >= 500)
        {
            return $"status {status}: {Shorten(body)}";
        }

        if (status >= 400)
        {
            return mediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && !Parses(body) ? $"status {status} with a JSON body that does not parse" : null;
        }

        if (status != 200)
        {
            return $"status {status}";
        }

        try
        {
            using var document = JsonDocument.Parse(body, Lenient);
            var root = document.RootElement;
            if (request.Target.StartsWith("/import", StringComparison.Ordinal))
            {
                return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("applied", out _) ? null : "an import answered 200 without a report: " + Shorten(body);
            }

            return root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select(CheckResult).FirstOrDefault(p => p is not null)
                : CheckResult(root);
        }
        catch (JsonException)
        {
            return "a 200 whose body is not JSON: " + Shorten(body);
        }
    }

    private static string? CheckResult(JsonElement result)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            return "a GraphQL response that is not a JSON object";
        }

        var hasData = result.TryGetProperty("data", out _);
        if (!result.TryGetProperty("errors", out var errors))
        {
            return hasData ? null : "a GraphQL response with neither data nor errors";
        }

        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return "'errors' is not a non-empty list";
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                return "an error without a message: " + error.GetRawText();
            }

            var code = error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("code", out var c)
                ? c.GetString()
                : null;
            if (code is null or "INTERNAL_SERVER_ERROR")
            {
                return $"an error with code {code ?? "(none)"}: {message.GetString()}";
            }
        }

        return null;
    }

    private static bool Parses(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, Lenient);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 500 ? text : text[..500] + "…";
    }
}
