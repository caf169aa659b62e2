using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Security;

namespace InnovationNetwork.Api.Import;

public static class ImportRegistration
{
    /// <summary>Registers <c>POST /import</c> and its limits (section <c>Import</c>), validated at start-up.</summary>
    public static IHostApplicationBuilder AddHttpImport(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<HttpImportOptions>(HttpImportOptions.SectionName);
        builder.Services.AddSingleton<ImportEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>POST /import</c>: JSON Lines in, a JSON report out (see docs/import.md).</summary>
    public static WebApplication MapImportEndpoint(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<ImportEndpoint>();
        // As a Delegate, not a RequestDelegate, so the returned IResult is written.
        var route = app.MapPost("/import", (Delegate)endpoint.HandleAsync).WithName("Import");

        // Importing can rewrite any part of the graph, so it is for administrators only (401 without a key, 403 below admin).
        // Its body limit is its own (Import:MaxBodyBytes, enforced while streaming, gzip included): the metadata tells
        // the service-wide request limit to leave this endpoint's body to it.
        route.RequireAuthorization(AccessPolicies.Admin)
            .RequireRateLimiting(RateLimitPolicies.Api)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute());
        return app;
    }
}
