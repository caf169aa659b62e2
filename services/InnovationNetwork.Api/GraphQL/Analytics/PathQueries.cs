using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Analytics.Paths;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Api.GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>connectionPath on the root query.</summary>
public static class PathQueries
{
    public const int DefaultMaxLength = 4;

    public static void AddPathFields(this ObjectGraphType query) =>
        query.Field<GraphPathType>("connectionPath")
            .Description("The shortest chain of shared projects, skills and regions between two labs or firms (\"introduce me\"); null when none is within maxLength.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The lab or firm asking for an introduction.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The lab or firm to reach.")
            .Argument<IntGraphType>("maxLength", $"Most relationships on the path, 1 to {ConnectionPathFinder.MaxLength} (default {DefaultMaxLength}).")
            .ResolveAsync(async c => await MatchmakingQueries.RunAsync(c, (_, graph) => ConnectionPathFinder.Find(
                graph, c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int?>("maxLength") ?? DefaultMaxLength)));
}

public sealed class GraphPathType : ObjectGraphType<ConnectionPath>
{
    public GraphPathType()
    {
        Name = "GraphPath";
        Description = "A chain of relationships from one entity to another.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of relationships on the path.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The entities on the path, from start to end.")
            .Resolve(c => new LoadNodes(NodeGraphType.Loaders(c), c.Source.NodeIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("relationships").Description("The relationships on the path, in order.")
            .Resolve(c => c.Source.Steps);
    }
}

public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One relationship on a path, as stored: start -[type]-> end.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("Relationship type, e.g. PARTICIPATES_IN.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<NodeInterface>>("start").Description("Where the relationship starts.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.StartId));
        Field<NonNullGraphType<NodeInterface>>("end").Description("Where the relationship ends.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.EndId));
    }
}
