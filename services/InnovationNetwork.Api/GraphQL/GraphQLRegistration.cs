using GraphQL;
using InnovationNetwork.Api.GraphQL.Connections;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Api.GraphQL.Schema;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Api.Hosting;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationNetwork.Api.GraphQL;

public static class GraphQLRegistration
{
    /// <summary>Registers the schema, the executer and its limits. The HTTP endpoint is mapped by MapGraphQLEndpoint.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<GraphQLLimitsOptions>(GraphQLLimitsOptions.SectionName);
        var limits = builder.Configuration.GetSection(GraphQLLimitsOptions.SectionName).Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();

        builder.Services.AddSingleton<SchemaEnums>();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddTransient(typeof(ConnectionGraphType<>));
        builder.Services.AddTransient(typeof(EdgeGraphType<>));
        builder.Services.AddKeyedSingleton<IMemoryCache>(nameof(DocumentCache), (_, _) => new MemoryCache(DocumentCache.Options()));
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<InnovationSchema>()
            .AddGraphTypes(typeof(InnovationSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(new StableErrorCodes())
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;

                // Introspection reads the in-memory schema, not the graph: it must not count against the budget,
                // or GraphiQL's standard schema query (about a million by the default list estimates) is refused.
                var byDefault = options.DefaultComplexityImpactDelegate;
                options.DefaultComplexityImpactDelegate = context =>
                    context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new global::GraphQL.Validation.Complexity.FieldComplexityResult(0, 1)
                        : byDefault(context);
            })
            .AddValidationRule(new MaxAliasesRule(limits.MaxAliases))
            .WithTimeout(TimeSpan.FromSeconds(limits.TimeoutSeconds))
            // Store reads are synchronous SQLite calls, so resolving fields in parallel only adds scheduling
            // (measured: about 4x slower for 20 labs with skills); batching works the same in serial.
            .AddExecutionStrategy<global::GraphQL.Execution.SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .ConfigureExecution(services => new DocumentCache(services.GetRequiredKeyedService<IMemoryCache>(nameof(DocumentCache))))
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.ExecutionOptions.RequestServices!.GetRequiredService<ILogger<InnovationSchema>>();
                GraphQLLog.Unhandled(logger, context.OriginalException, System.Diagnostics.Activity.Current?.TraceId.ToString() ?? "none");
            }));
        return builder;
    }
}
