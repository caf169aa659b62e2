using GraphQL.Types;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Connections;

/// <summary>A page of a listing as the connection fields see it.</summary>
public sealed record ConnectionPage(NodePage Page, bool HasPrevious);

/// <summary><c>LabConnection</c> etc.: edges, nodes, pageInfo and totalCount, after the Relay cursor connection shape.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<ConnectionPage>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var label = LabelOf<TNodeType>();
        Name = label + "Connection";
        Description = $"A page of {label} results.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The results of this page, each with its cursor.")
            .Resolve(c => c.Source.Page.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The results of this page, without cursors.")
            .Resolve(c => c.Source.Page.Items.Select(i => i.Node).ToList());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page sits: pass endCursor as `after` to get the next one.")
            .Resolve(c => new PageState(c.Source.Page.HasNextPage, c.Source.HasPrevious, c.Source.Page.StartCursor, c.Source.Page.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many results match the filters, over all pages.")
            .Resolve(c => c.Source.Page.TotalCount ?? 0);
    }

    internal static string LabelOf<T>() => typeof(T).Name.EndsWith("Type", StringComparison.Ordinal) ? typeof(T).Name[..^4] : typeof(T).Name;
}

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<NodePageItem>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var label = ConnectionGraphType<TNodeType>.LabelOf<TNodeType>();
        Name = label + "Edge";
        Description = $"One {label} result and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this result; pass it as `after`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {label}.").Resolve(c => c.Source.Node);
    }
}

/// <summary>Where a page sits in its results; shared by listings and search.</summary>
public sealed record PageState(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageState>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Paging state of a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more results follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether results precede this page (true when `after` was given).").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first result of this page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last result of this page.").Resolve(c => c.Source.EndCursor);
    }
}
