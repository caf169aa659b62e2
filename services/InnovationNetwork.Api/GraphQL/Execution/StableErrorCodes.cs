using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace InnovationNetwork.Api.GraphQL.Execution;

/// <summary>
/// Gives every error a stable <c>extensions.code</c> from <see cref="ApiErrors"/>: GraphQL.NET's own codes
/// name the rule or exception type (still listed in <c>codes</c>), which is too fine-grained for clients to
/// branch on. Exception details are never exposed; internal errors carry the trace id instead.
/// </summary>
public sealed class StableErrorCodes() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    private static readonly HashSet<string> OwnCodes =
    [
        ApiErrors.NotFoundCode, ApiErrors.BadUserInputCode, ApiErrors.QueryTooComplexCode, ApiErrors.ParseFailedCode,
        ApiErrors.ValidationFailedCode, ApiErrors.TimeoutCode, ApiErrors.InternalCode, ApiErrors.SearchUnavailableCode,
        ApiErrors.ConflictCode, ApiErrors.UnauthenticatedCode, ApiErrors.ForbiddenCode, "BAD_REQUEST", "BATCH_TOO_LARGE",
        "REQUEST_TOO_LARGE", "METHOD_NOT_ALLOWED",
    ];

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError { InnerException: GraphQLParser.Exceptions.GraphQLMaxDepthExceededException })
        {
            // The parser's own nesting guard, hit before our depth rule can run: a limit, not a fault.
            executionError = new ExecutionError("The document is nested more deeply than the parser allows; flatten it (fragments and variables help).")
            {
                Code = ApiErrors.QueryTooComplexCode,
            };
        }

        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        var code = CodeOf(executionError);
        extensions["code"] = code;
        // Our errors put their details (the input field at fault, a conflict's current version) straight into
        // extensions, where clients look first, rather than under GraphQL.NET's generic "data".
        foreach (var key in (string[])[ApiErrors.FieldKey, ApiErrors.CurrentVersionKey])
        {
            if (executionError.Data[key] is string detail)
            {
                extensions[key] = detail;
                extensions.Remove("data");
            }
        }

        if (code == ApiErrors.InternalCode && Activity.Current is { } activity)
        {
            extensions["traceId"] = activity.TraceId.ToString();
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when OwnCodes.Contains(code) => code,
        ComplexityError => ApiErrors.QueryTooComplexCode,
        SyntaxError => ApiErrors.ParseFailedCode,
        InvalidVariableError => ApiErrors.BadUserInputCode,
        ValidationError => ApiErrors.ValidationFailedCode,
        TimeoutError => ApiErrors.TimeoutCode,
        UnhandledError => ApiErrors.InternalCode,
        DocumentError or RequestError => ApiErrors.BadUserInputCode,
        _ => ApiErrors.InternalCode,
    };
}
