using System.Text.Json.Serialization;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>A request the endpoint rejects before execution: an HTTP status and a stable <c>extensions.code</c>.</summary>
internal sealed record TransportError(int StatusCode, string Code, string Message)
{
    public static TransportError BadRequest(string message) => new(StatusCodes.Status400BadRequest, TransportErrorCodes.BadRequest, message);
}

/// <summary>The <c>extensions.code</c> values the transport itself produces (the schema adds its own).</summary>
public static class TransportErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

/// <summary>The GraphQL-shaped body of a transport error, so clients parse one error format for everything.</summary>
internal sealed record TransportErrorBody([property: JsonPropertyName("errors")] IReadOnlyList<TransportErrorEntry> Errors)
{
    public static TransportErrorBody Of(string code, string message, string? traceId = null) =>
        new([new TransportErrorEntry(message, new TransportErrorExtensions(code, traceId))]);
}

internal sealed record TransportErrorEntry(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("extensions")] TransportErrorExtensions Extensions);

internal sealed record TransportErrorExtensions(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("traceId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceId);
