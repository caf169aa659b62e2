using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Analytics;
using InnovationNetwork.Api.GraphQL.Connections;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Search;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Schema;

/// <summary>The root query type: look-up by id and a filtered, paged listing per entity.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IGraphStore store)
    {
        Name = "Query";
        Description = "Read the innovation graph.";
        Field<NodeInterface>("node")
            .Description("Any entity by its id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id, e.g. lab:amrc.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var node = await store.GetNodeAsync(id, c.CancellationToken);
                if (node is null)
                {
                    c.Errors.Add(ApiErrors.NotFound($"there is no entity with id '{id}'"));
                }

                return node;
            });
        Connection<RegionType, RegionFilterType, RegionOrderType>("regions", "Region", "UK regions: the nation, ITL1/ITL2 regions and authority areas.");
        Connection<LabType, LabFilterType, LabOrderType>("labs", "Lab", "Research and innovation labs.");
        Connection<FirmType, FirmFilterType, FirmOrderType>("firms", "Firm", "Firms.");
        Connection<FunderType, FunderFilterType, FunderOrderType>("funders", "Funder", "Funders of research and innovation.");
        Connection<SkillType, SkillFilterType, SkillOrderType>("skills", "Skill", "The skills taxonomy.");
        Connection<BottleneckType, BottleneckFilterType, BottleneckOrderType>("bottlenecks", "Bottleneck", "Innovation bottlenecks that labs and firms face.");
        Connection<ProjectType, ProjectFilterType, ProjectOrderType>("projects", "Project", "Collaborative projects.");
        this.AddMatchmakingFields();
        this.AddEcosystemFields();
        this.AddPathFields();
        this.AddSearchFields();
    }

    private void Connection<TNode, TFilter, TOrder>(string name, string label, string description)
        where TNode : IGraphType
        where TFilter : NodeFilterGraphType
        where TOrder : OrderGraphType =>
        Field<NonNullGraphType<ConnectionGraphType<TNode>>>(name)
            .Description(description)
            .Argument<TFilter>("where", "Conditions the results must meet.")
            .Argument<ListGraphType<NonNullGraphType<TOrder>>>("orderBy", "Sort key (one); default: by id.")
            .Argument<IntGraphType>("first", $"Page size, 0 to {ConnectionQuery.MaxPageSize} (default {ConnectionQuery.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Return results after this cursor (a previous page's pageInfo.endCursor).")
            .ResolveAsync(async c => await ConnectionQuery.ResolveAsync(c, label));
}
