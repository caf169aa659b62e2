using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.Security;

/// <summary>
/// Refuses requests to the API paths that a browser sent on behalf of another site. Keys travel in a header, not a
/// cookie, so a forged request carries no key today; the guard keeps it that way if a browser ever adds credentials
/// (e.g. a proxy that logs users in), and stops other sites from using visitors' browsers (and addresses) against
/// the API. Uses Fetch Metadata where the browser sends it, the Origin header where it does not, and refuses the
/// content types an HTML form can post.
/// </summary>
internal sealed class CsrfGuard(RequestDelegate next, CorsSettings cors, ILogger<CsrfGuard> logger)
{
    private static readonly string[] GuardedPaths = ["/graphql", "/import"];

    // The only content types a plain HTML form (or a no-cors fetch) can send without a CORS preflight.
    private static readonly string[] FormContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!GuardedPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || HttpMethods.IsOptions(request.Method))
        {
            await next(context);
            return;
        }

        if (CrossSiteReason(request) is { } reason)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.CrossSiteRefused(request.Path.Value ?? string.Empty, reason);
            }

            await SecurityResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, SecurityErrorCodes.Forbidden,
                $"refused: {reason}. Call the API from a server, from this service's own pages, or from an origin listed in Cors:AllowedOrigins.");
            return;
        }

        if (HttpMethods.IsPost(request.Method) && IsFormContentType(request.ContentType))
        {
            await SecurityResponses.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, SecurityErrorCodes.UnsupportedMediaType,
                "refused: HTML forms can send this content type from any site, so the API does not accept it; send application/json to /graphql, or application/x-ndjson to /import.");
            return;
        }

        await next(context);
    }

    private string? CrossSiteReason(HttpRequest request)
    {
        var origin = request.Headers.Origin.Count == 1 ? request.Headers.Origin[0] : null;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            if (site is "same-origin" or "none")
            {
                return null;
            }

            // A navigation (a link, a form, window.open) is never a CORS request, so no allowed origin makes it acceptable.
            if (string.Equals(request.Headers["Sec-Fetch-Mode"], "navigate", StringComparison.OrdinalIgnoreCase))
            {
                return $"the browser navigated here from another site (Sec-Fetch-Site: {site})";
            }

            return cors.Allows(origin) ? null : $"the browser sent this request from another site (Sec-Fetch-Site: {site}) whose origin is not allowed";
        }

        // Browsers without Fetch Metadata still send Origin on cross-origin POSTs and CORS requests.
        if (origin is null || cors.Allows(origin) || IsSameHost(origin, request))
        {
            return null;
        }

        return $"the request came from the origin '{origin}', which is not allowed";
    }

    // Host and port only: behind a TLS-terminating proxy the scheme the service sees differs from the browser's.
    private static bool IsSameHost(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.IsDefaultPort ? uri.Host : uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool IsFormContentType(string? contentType) =>
        contentType is not null
        && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && FormContentTypes.Any(f => parsed.MediaType.Equals(f, StringComparison.OrdinalIgnoreCase));
}
