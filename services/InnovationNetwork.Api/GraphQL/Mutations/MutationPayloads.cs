using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>What a delete removed.</summary>
public sealed record DeletedNode(string Id, string Label);

/// <summary>The outcome of a batched upsert.</summary>
public sealed class UpsertResult
{
    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public IReadOnlyList<string> Ids { get; set; } = [];

    public void Count(bool isNew, bool changed)
    {
        if (isNew)
        {
            Created++;
        }
        else if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }
}

/// <summary>The outcome of a link or unlink.</summary>
public sealed record LinkResult(string Type, string From, string To, bool Changed);

public sealed class DeletedNodeType : ObjectGraphType<DeletedNode>
{
    public DeletedNodeType()
    {
        Name = "DeletedNode";
        Description = "A node that was deleted, with every relationship attached to it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id it had.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Its label (Lab, Firm, …).").Resolve(c => c.Source.Label);
    }
}

public sealed class UpsertResultType : ObjectGraphType<UpsertResult>
{
    public UpsertResultType()
    {
        Name = "UpsertResult";
        Description = "What a batched upsert did.";
        Field<NonNullGraphType<IntGraphType>>("created").Description("Nodes that did not exist before.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Existing nodes whose properties changed.").Resolve(c => c.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Existing nodes that already had these properties.").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids").Description("The ids, in input order.").Resolve(c => c.Source.Ids);
    }
}

public sealed class LinkResultType : ObjectGraphType<LinkResult>
{
    public LinkResultType()
    {
        Name = "LinkResult";
        Description = "A relationship added, changed, or removed.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. HAS_SKILL.").Resolve(c => c.Source.Type);
        // Nullable: unlink accepts any ids (there is simply nothing to remove), and they need not name nodes.
        Field<NodeInterface>("from").Description("The start node; null when no node has that id.").Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.From));
        Field<NodeInterface>("to").Description("The end node; null when no node has that id.").Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.To));
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the graph already was this way (same properties, or no such relationship to remove).").Resolve(c => c.Source.Changed);
    }
}
