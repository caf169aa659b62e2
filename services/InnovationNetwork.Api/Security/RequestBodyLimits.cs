using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace InnovationNetwork.Api.Security;

/// <summary>
/// The largest request body the service reads. Section <c>RequestLimits</c>. Endpoints that need more (bulk import)
/// declare their own limit as endpoint metadata (<c>.WithMetadata(new RequestSizeLimitAttribute(bytes))</c> or any
/// <see cref="IRequestSizeLimitMetadata"/>), which this limit then leaves to them.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Default 1 MiB: four times what <c>/graphql</c> accepts (GraphQL:Http:MaxRequestBytes), nothing else needs more.</summary>
    [Range(1024, 1L << 40)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// Applies the body limit per request: the endpoint's own limit if it declares one, else the configured one. A declared
/// Content-Length over it is refused at once with a JSON 413, before anything is read (on any host, the test server
/// included); bodies of unknown length are capped by the endpoints that read them.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, RequestLimitOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared is null ? options.MaxRequestBodyBytes : declared.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            // Kestrel's own limit is left as it was, so it can drain the unread body after this answer and the
            // client reads the 413 instead of a reset connection.
            return SecurityResponses.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, SecurityErrorCodes.RequestTooLarge,
                $"the request body is {context.Request.ContentLength} bytes; this endpoint accepts at most {max}");
        }

        // An endpoint that declares its own limit gets it from Kestrel too (POST /import raises it). Otherwise Kestrel's
        // default stays: the endpoints that read bodies cap them as they read (GraphQL at GraphQL:Http:MaxRequestBytes),
        // and a lower Kestrel limit would only stop the server draining what they leave unread, resetting the
        // connection before the client reads its 413.
        if (declared is not null && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
