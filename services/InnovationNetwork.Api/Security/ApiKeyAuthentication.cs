using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> with an API key's token. No header is an anonymous caller, not a
/// failure; any other Authorization value that is not a valid, live key fails (and <see cref="AccessControlRegistration"/>
/// turns the failure into 401), so a client with a mistyped or revoked key learns it instead of silently reading less.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var value = headers.Count == 1 ? headers[0] ?? string.Empty : string.Empty;
        if (!value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Fail("send the API key as 'Authorization: Bearer <token>' (one header, Bearer scheme)");
        }

        var (key, problem) = keys.Authenticate(value[BearerPrefix.Length..].Trim());
        if (key is null)
        {
            Logger.TokenRefused(problem, Context.TraceIdentifier);
            return Fail(problem switch
            {
                TokenProblem.Revoked => "the API key has been revoked",
                TokenProblem.Malformed => "the bearer token is not an API key token (ink_...)",
                _ => "the API key is not known",
            });
        }

        var principal = new System.Security.Claims.ClaimsPrincipal(new ApiKeyIdentity(key));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var failure = result.Failure?.Message;
        // RFC 6750: error="invalid_token" only when a token was sent and refused; a missing token gets a bare challenge.
        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await SecurityResponses.WriteErrorAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            SecurityErrorCodes.Unauthenticated,
            failure ?? "this needs an API key: send 'Authorization: Bearer <token>'");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        SecurityResponses.WriteErrorAsync(
            Context,
            StatusCodes.Status403Forbidden,
            SecurityErrorCodes.Forbidden,
            $"the API key '{Context.User.GetCaller().KeyName}' does not have the role this needs");

    private static Task<AuthenticateResult> Fail(string message) => Task.FromResult(AuthenticateResult.Fail(message));
}

public static class ApiKeyAuthenticationDefaults
{
    /// <summary>The authentication scheme of API keys sent as bearer tokens.</summary>
    public const string Scheme = "ApiKey";
}

/// <summary>Makes a failed authentication a 401 for every path, instead of quietly treating the caller as anonymous.</summary>
internal sealed class RejectFailedAuthentication(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The handler caches its result per request, so this reads what UseAuthentication already computed.
        var result = await context.AuthenticateAsync(ApiKeyAuthenticationDefaults.Scheme);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(ApiKeyAuthenticationDefaults.Scheme);
            return;
        }

        await next(context);
    }
}
