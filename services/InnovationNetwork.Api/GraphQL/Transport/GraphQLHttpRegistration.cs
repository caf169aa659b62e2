using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Security;

namespace InnovationNetwork.Api.GraphQL.Transport;

public static class GraphQLHttpRegistration
{
    /// <summary>Registers the GraphQL-over-HTTP endpoint and its limits (section <c>GraphQL:Http</c>), validated at start-up.</summary>
    public static IHostApplicationBuilder AddGraphQLHttp(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<GraphQLHttpOptions>(GraphQLHttpOptions.SectionName);
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>/graphql</c> for GET and POST, rate-limited per caller; other methods get 405 from routing.</summary>
    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync).WithName("GraphQL").RequireRateLimiting(RateLimitPolicies.Api);
        return app;
    }
}
