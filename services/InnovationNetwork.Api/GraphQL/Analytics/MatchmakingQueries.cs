using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Api.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>partnerSuggestions and bottleneckSolvers on the root query.</summary>
public static class MatchmakingQueries
{
    public const int DefaultResults = 10;
    public const int MaxResults = 50;

    public static void AddMatchmakingFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerMatchType>>>>("partnerSuggestions")
            .Description("Labs and firms that complement an organisation (its needs, the skills its open bottlenecks require, skills related to its own) or hold the given skills, ranked with reasons.")
            .Argument<IdGraphType>("organisation", "The organisation looking for partners (left out of the results).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("skills", "Skills the partners should hold (skill ids).")
            .Argument<IdGraphType>("region", "Rank partners near this region first (default: the organisation's region).")
            .Argument<IntGraphType>("first", $"How many to return, 1 to {MaxResults} (default {DefaultResults}).")
            .ResolveAsync(async c => await RunAsync(c, (services, graph) => services.GetRequiredService<PartnerMatcher>().Suggest(graph, new PartnerRequest(
                c.GetArgument<string?>("organisation"), c.GetArgument<List<string>?>("skills") ?? [], c.GetArgument<string?>("region"), First(c)))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SolverMatchType>>>>("bottleneckSolvers")
            .Description("Labs and firms ranked by how well they cover a bottleneck's required skills and how near they are to it, with reasons.")
            .Argument<NonNullGraphType<IdGraphType>>("bottleneck", "The bottleneck to unblock.")
            .Argument<IntGraphType>("first", $"How many to return, 1 to {MaxResults} (default {DefaultResults}).")
            .ResolveAsync(async c => await RunAsync(c, (services, graph) =>
                services.GetRequiredService<BottleneckSolver>().Solve(graph, c.GetArgument<string>("bottleneck"), First(c))));
    }

    internal static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultResults;
        return first is >= 1 and <= MaxResults ? first : throw ApiErrors.BadInput($"'first' must be between 1 and {MaxResults} (was {first})");
    }

    /// <summary>Runs an analytics call on the current snapshot, turning bad input into coded GraphQL errors.</summary>
    internal static async Task<T> RunAsync<T>(IResolveFieldContext context, Func<IServiceProvider, GraphSnapshot, T> run)
    {
        var services = context.RequestServices!;
        var graph = await services.GetRequiredService<SnapshotCache>().GetAsync(context.CancellationToken);
        try
        {
            return run(services, graph);
        }
        catch (AnalyticsInputException e)
        {
            throw e.NotFound ? ApiErrors.NotFound(e.Message) : ApiErrors.BadInput(e.Message);
        }
    }
}
