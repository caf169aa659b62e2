using InnovationNetwork.Access;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Graph.Embedded;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Security;

public static class AccessControlRegistration
{
    /// <summary>
    /// Registers API-key authentication, the role policies, rate limiting, CORS (when origins are configured) and
    /// the request body limit. Sections <c>Access</c>, <c>RateLimiting</c>, <c>Cors</c>, <c>RequestLimits</c>, validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddAccessControl(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AccessControlOptions>(AccessControlOptions.SectionName);
        builder.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.SectionName);
        builder.AddValidatedOptions<CorsSettings>(CorsSettings.SectionName);
        builder.AddValidatedOptions<RequestLimitOptions>(RequestLimitOptions.SectionName);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<CorsSettings>>().Value);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<RequestLimitOptions>>().Value);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => OpenKeyStore(builder, services));
        builder.Services.AddSingleton<ApiKeyAuthenticator>();

        builder.Services.AddAuthentication(ApiKeyAuthenticationDefaults.Scheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthenticationDefaults.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Reader, policy => policy.RequireAssertion(c => c.User.GetCaller().IsAtLeast(AccessRole.Reader)))
            .AddPolicy(AccessPolicies.Contributor, policy => policy.RequireAssertion(c => c.User.GetCaller().IsAtLeast(AccessRole.Contributor)))
            .AddPolicy(AccessPolicies.Admin, policy => policy.RequireAssertion(c => c.User.GetCaller().IsAtLeast(AccessRole.Admin)));

        // Read once here: the limiter's partitions and the CORS policy are built while services are registered.
        builder.Services.AddApiRateLimiter(Read<RateLimitOptions>(builder, RateLimitOptions.SectionName));
        builder.Services.AddConfiguredCors(Read<CorsSettings>(builder, CorsSettings.SectionName));

        // Kestrel's own ceiling stays above the configured limit (at its default, about 28.6 MiB, or the limit if larger):
        // the limit is enforced on the declared length and by the endpoints as they read, and the headroom lets
        // Kestrel drain an oversized body after the 413, so the client reads the answer instead of a reset connection.
        var bodyLimit = Read<RequestLimitOptions>(builder, RequestLimitOptions.SectionName).MaxRequestBodyBytes;
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = Math.Max(bodyLimit, kestrel.Limits.MaxRequestBodySize ?? bodyLimit));
        return builder;
    }

    /// <summary>
    /// Adds the middleware in the order the checks must run: CORS (answers preflights), the cross-site guard, the
    /// body limit, authentication, rate limiting (partitioned by the authenticated key), refusal of bad tokens, authorization.
    /// Call before mapping endpoints.
    /// </summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        var cors = app.Services.GetRequiredService<CorsSettings>();
        if (cors.Enabled)
        {
            app.UseCors(CorsSettings.PolicyName);
        }

        app.UseMiddleware<CsrfGuard>();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<RejectFailedAuthentication>();
        app.UseAuthorization();
        return app;
    }

    private static ApiKeyStore OpenKeyStore(IHostApplicationBuilder builder, IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<AccessControlOptions>>().Value.KeyStorePath;
        // Default: beside the graph store's data, read from configuration so the default holds on Neo4j too.
        var dataDirectory = builder.Configuration[$"{EmbeddedStoreOptions.SectionName}:{nameof(EmbeddedStoreOptions.DataDirectory)}"] is { Length: > 0 } dir
            ? dir
            : new EmbeddedStoreOptions().DataDirectory;
        var path = Path.Combine(
            builder.Environment.ContentRootPath,
            string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataDirectory, ApiKeyStore.DefaultFileName) : configured);
        var store = ApiKeyStore.Open(path);
        services.GetRequiredService<ILogger<ApiKeyStore>>().KeyStoreOpened(store.Path);
        return store;
    }

    private static T Read<T>(IHostApplicationBuilder builder, string section)
        where T : new() =>
        builder.Configuration.GetSection(section).Get<T>() ?? new T();
}
