using GraphQL.Validation;
using GraphQLParser.AST;

namespace InnovationNetwork.Api.GraphQL.Execution;

/// <summary>
/// Refuses documents with more aliases than allowed: aliases let one small request multiply the same
/// expensive field, which depth and complexity limits alone do not always catch.
/// </summary>
public sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == maxAliases + 1)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, "aliases",
                    $"The query uses more than {maxAliases} aliases; split it into several requests.", field)
                { Code = ApiErrors.QueryTooComplexCode });
            }
        }));
    }
}
