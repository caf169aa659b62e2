namespace InnovationNetwork.Api.GraphQL.Schema;

/// <summary>The InnovationNetwork GraphQL schema (the public contract is in DESIGN.md and graph-schema/schema.graphql).</summary>
public sealed class InnovationSchema : global::GraphQL.Types.Schema
{
    public InnovationSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "InnovationNetwork: the UK research and innovation ecosystem as a graph.";
    }
}
