using GraphQL.Types;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>Every entity of the graph: a globally unique id.</summary>
public sealed class NodeInterface : InterfaceGraphType<GraphNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An entity of the graph, found by its globally unique id (e.g. lab:amrc).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globally unique id, recommended form kind:slug.");
    }
}

/// <summary>Labs, firms and funders.</summary>
public sealed class OrganisationInterface : InterfaceGraphType<GraphNode>
{
    public OrganisationInterface()
    {
        Name = "Organisation";
        Description = "A lab, firm or funder.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globally unique id, recommended form kind:slug.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the organisation.");
        Field<RegionType>("region").Description("The region the organisation is located in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillLevelType>>>>("skills")
            .Description("Skills the organisation holds, with their level (always empty for funders).");
    }
}
