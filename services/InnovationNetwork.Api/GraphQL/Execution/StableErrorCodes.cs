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
        ApiErrors.ValidationFailedCode, ApiErrors.TimeoutCode, ApiErrors.InternalCode, ApiErrors.SearchUnavailableCode, ApiErrors.UnauthenticatedCode,
        ApiErrors.ForbiddenCode, "BAD_REQUEST", "BATCH_TOO_LARGE",
        "REQUEST_TOO_LARGE", "METHOD_NOT_ALLOWED",
    ];

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        var code = CodeOf(executionError);
        extensions["code"] = code;
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
