using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.Security;

/// <summary>
/// Cross-origin access for browser apps on other sites. Section <c>Cors</c>. Off by default: with no origins listed
/// the service sends no CORS headers at all, and browsers keep other sites' scripts from reading its answers.
/// </summary>
public sealed class CorsSettings : IValidatableObject
{
    public const string SectionName = "Cors";

    public const string PolicyName = "configured-origins";

    /// <summary>Origins (scheme, host and port, e.g. <c>https://app.example.org</c>) whose scripts may call the API.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How long browsers may reuse a preflight answer.</summary>
    [Range(0, 86_400)]
    public int PreflightMaxAgeSeconds { get; set; } = 600;

    public bool Enabled => AllowedOrigins.Count > 0;

    /// <summary>Whether <paramref name="origin"/> (an Origin header) is one of <see cref="AllowedOrigins"/>.</summary>
    public bool Allows(string? origin) =>
        origin is not null && AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            // An origin has no path, query or wildcard; "*" is refused so that opening the API to every site is never one typo away.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || origin.Contains('*', StringComparison.Ordinal) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                yield return new ValidationResult(
                    $"Cors:AllowedOrigins: '{origin}' is not an origin; write scheme, host and optional port, e.g. https://app.example.org",
                    [nameof(AllowedOrigins)]);
            }
        }
    }
}

internal static class CorsRegistration
{
    public static void AddConfiguredCors(this IServiceCollection services, CorsSettings settings) =>
        services.AddCors(cors => cors.AddPolicy(CorsSettings.PolicyName, policy => policy
            .WithOrigins([.. settings.AllowedOrigins.Select(o => o.TrimEnd('/'))])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Authorization", "Content-Type")
            .WithExposedHeaders("Retry-After", "WWW-Authenticate")
            .SetPreflightMaxAge(TimeSpan.FromSeconds(settings.PreflightMaxAgeSeconds))));
}
