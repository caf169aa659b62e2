using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>Adds a mutation field with the arguments every mutation shares.</summary>
internal static class MutationFields
{
    public static void Add(ObjectGraphType mutation, string name, string description, Type returns, Func<IResolveFieldContext, Task<object?>> resolve, params QueryArgument[] arguments)
    {
        var all = new QueryArguments(arguments)
        {
            new QueryArgument<BooleanGraphType>
            {
                Name = MutationWriter.WaitForSearchArgument,
                Description = "Return only once search finds the change (up to 10 s).",
                DefaultValue = false,
            },
        };
        mutation.AddField(new FieldType { Name = name, Description = description, Type = returns, Arguments = all, Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(resolve(c))) });
    }
}
