using GraphQL;

namespace InnovationNetwork.Api.GraphQL.Execution;

/// <summary>The stable error codes clients can rely on (in <c>extensions.code</c>).</summary>
public static class ApiErrors
{
    public const string NotFoundCode = "NOT_FOUND";
    public const string BadUserInputCode = "BAD_USER_INPUT";
    public const string QueryTooComplexCode = "QUERY_TOO_COMPLEX";
    public const string ParseFailedCode = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailedCode = "GRAPHQL_VALIDATION_FAILED";
    public const string TimeoutCode = "TIMEOUT";
    public const string InternalCode = "INTERNAL_SERVER_ERROR";
    public const string SearchUnavailableCode = "SEARCH_UNAVAILABLE";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    public static ExecutionError NotFound(string message) => new(message) { Code = NotFoundCode };

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInputCode };

    /// <summary>The caller sent no key and this needs one.</summary>
    public static ExecutionError Unauthenticated(string message) => new(message) { Code = UnauthenticatedCode };

    /// <summary>The caller's key does not allow this.</summary>
    public static ExecutionError Forbidden(string message) => new(message) { Code = ForbiddenCode };

    public static ExecutionError SearchUnavailable(string message) => new(message) { Code = SearchUnavailableCode };
}
