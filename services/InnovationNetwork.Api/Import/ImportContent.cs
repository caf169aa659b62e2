using InnovationNetwork.Api.GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.Import;

/// <summary>What a <c>POST /import</c> body may be: JSON Lines in UTF-8, plain or gzip-encoded.</summary>
internal static class ImportContent
{
    public const string NdJson = "application/x-ndjson";

    // The other names JSON Lines goes by; clients and tools disagree, and refusing them helps no one.
    private static readonly string[] MediaTypes = [NdJson, "application/jsonl", "application/json-lines", "application/x-jsonlines"];

    /// <summary>Null when the body can be read; otherwise a 415 saying what to send instead.</summary>
    public static TransportError? Check(HttpRequest request, out bool gzip)
    {
        gzip = false;
        var contentType = request.ContentType;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !MediaTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return Unsupported(
                $"Send the interchange file as {NdJson} (one JSON object a line, UTF-8); got '{contentType ?? "no content type"}'.");
        }

        var charset = type.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Unsupported($"Interchange files are UTF-8; got charset '{charset}'.");
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase);
        return gzip || encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase)
            ? null
            : Unsupported($"The body may be sent plain or with Content-Encoding: gzip; got '{encoding}'.");
    }

    private static TransportError Unsupported(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, TransportErrorCodes.UnsupportedMediaType, message);
}
