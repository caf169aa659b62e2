using GraphQL;
using GraphQLParser.AST;

namespace InnovationNetwork.Api.GraphQL.Search;

/// <summary>
/// Whether a field is selected anywhere below the one being resolved (under any alias, through inline
/// fragments and named fragments): lets a resolver skip work whose result no one asked for.
/// </summary>
internal static class SelectionScan
{
    public static bool SelectsBelow(IResolveFieldContext context, string fieldName)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        return Selects(context.FieldAst.SelectionSet, fieldName, fragments, []);
    }

    private static bool Selects(GraphQLSelectionSet? selections, string fieldName, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var found = selection switch
            {
                GraphQLField field => field.Name.StringValue == fieldName || Selects(field.SelectionSet, fieldName, fragments, visited),
                GraphQLInlineFragment inline => Selects(inline.SelectionSet, fieldName, fragments, visited),
                // A fragment is looked into once: validation has already refused cycles, this only keeps the walk finite.
                GraphQLFragmentSpread spread => visited.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && Selects(fragment.SelectionSet, fieldName, fragments, visited),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
