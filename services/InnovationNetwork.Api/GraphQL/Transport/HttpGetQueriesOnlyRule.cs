using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>
/// GET must never change state (caches and prefetchers replay it), so over GET only a query may run.
/// Added for GET requests only; the endpoint turns its error into 405 with <c>Allow: POST</c>.
/// </summary>
public sealed class HttpGetQueriesOnlyRule : ValidationRuleBase
{
    public static readonly HttpGetQueriesOnlyRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpGetNotQueryError(context.Document.Source, context.Operation));
        }

        return default;
    }
}

/// <summary>A mutation or subscription sent over GET.</summary>
public sealed class HttpGetNotQueryError : ValidationError
{
    public HttpGetNotQueryError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"Only queries may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
        Code = TransportErrorCodes.MethodNotAllowed;
    }
}
