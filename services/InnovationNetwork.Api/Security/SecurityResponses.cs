using System.Text.Json;
using InnovationNetwork.Api.GraphQL.Transport;

namespace InnovationNetwork.Api.Security;

/// <summary>The error codes of refusals made before a request reaches an endpoint.</summary>
public static class SecurityErrorCodes
{
    public const string Unauthenticated = GraphQL.Execution.ApiErrors.UnauthenticatedCode;
    public const string Forbidden = GraphQL.Execution.ApiErrors.ForbiddenCode;
    public const string RateLimited = "RATE_LIMITED";
    public const string UnsupportedMediaType = TransportErrorCodes.UnsupportedMediaType;
    public const string RequestTooLarge = TransportErrorCodes.RequestTooLarge;
}

/// <summary>Writes a refusal in the same GraphQL-shaped JSON the transport uses, so clients parse one error format.</summary>
internal static class SecurityResponses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(response.Body, TransportErrorBody.Of(code, message), Json, context.RequestAborted);
    }
}
