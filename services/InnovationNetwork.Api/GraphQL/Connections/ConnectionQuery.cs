using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.GraphQL.Connections;

/// <summary>Turns a connection field's arguments into a store listing, with every argument checked.</summary>
internal static class ConnectionQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<ConnectionPage> ResolveAsync(IResolveFieldContext context, string label)
    {
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > MaxPageSize)
        {
            throw ApiErrors.BadInput($"'first' must be between 0 and {MaxPageSize} (was {first})");
        }

        var query = new NodeQuery(label)
        {
            First = first,
            After = context.GetArgument<string?>("after"),
            // Counting is a second query: skip it unless totalCount is selected (under any alias).
            IncludeTotalCount = context.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == "totalCount"),
        };
        query = ApplyOrder(context, query);
        if (context.GetArgument<Dictionary<string, object?>>("where") is { } where)
        {
            query = FilterOf(context).Apply(where, query);
            await RequireRegionsAsync(store, query, context.CancellationToken);
        }

        try
        {
            var page = await store.ListNodesAsync(query, context.CancellationToken);
            return new ConnectionPage(page, query.After is not null);
        }
        catch (InvalidCursorException e)
        {
            throw ApiErrors.BadInput($"'after': {e.Message}");
        }
    }

    private static NodeQuery ApplyOrder(IResolveFieldContext context, NodeQuery query)
    {
        var order = context.GetArgument<List<Dictionary<string, object?>>?>("orderBy");
        return order switch
        {
            null or [] => query,
            [var only] => query with { OrderBy = (string)only["field"]!, Descending = Equals(only.GetValueOrDefault("direction"), "DESC") },
            _ => throw ApiErrors.BadInput("'orderBy' takes one sort key; ties are always broken by id"),
        };
    }

    private static NodeFilterGraphType FilterOf(IResolveFieldContext context)
    {
        var type = context.FieldDefinition.Arguments!.Find("where")!.ResolvedType;
        return (NodeFilterGraphType)(type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type!);
    }

    private static async Task RequireRegionsAsync(IGraphStore store, NodeQuery query, CancellationToken cancellationToken)
    {
        if (query.InRegions is not [var region])
        {
            return;
        }

        if (await store.GetNodeAsync(region, cancellationToken) is not { Label: "Region" })
        {
            throw ApiErrors.NotFound($"'where.region': there is no region with id '{region}'");
        }
    }
}
