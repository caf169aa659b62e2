using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Api.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>ecosystemGaps and regionProfile on the root query.</summary>
public static class EcosystemQueries
{
    public const int DefaultGaps = 20;
    public const int MaxGaps = 200;

    public static void AddEcosystemFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGapType>>>>("ecosystemGaps")
            .Description("Skills demanded but not supplied, largest gap first (then skill id): in one region and everything in it, or, without a region, per ITL1 region nationally. Each entry compares with the national average and the golden triangle.")
            .Argument<IdGraphType>("region", "The region (sub-regions included); leave out for the national view per ITL1 region.")
            .Argument<IntGraphType>("first", $"How many to return, 1 to {MaxGaps} (default {DefaultGaps}).")
            .ResolveAsync(async c => await MatchmakingQueries.RunAsync(c, (_, graph) =>
                EcosystemGaps.Find(graph, c.GetArgument<string?>("region"), First(c))));

        query.Field<RegionProfileType>("regionProfile")
            .Description("A region at a glance, sub-regions included: counts, top supplied and demanded skills, open bottlenecks by category, collaboration, funding by funder kind and a readiness index.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "The region to profile.")
            .ResolveAsync(async c => await MatchmakingQueries.RunAsync(c, (services, graph) => RegionProfiler.Profile(
                graph, c.GetArgument<string>("region"), services.GetRequiredService<AnalyticsOptions>().Readiness)));
    }

    private static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultGaps;
        return first is >= 1 and <= MaxGaps ? first : throw ApiErrors.BadInput($"'first' must be between 1 and {MaxGaps} (was {first})");
    }
}
