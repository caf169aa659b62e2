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
    public const string ConflictCode = "CONFLICT";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    /// <summary>The key of <c>ExecutionError.Data</c> that names the input field at fault; clients see it as <c>extensions.field</c>.</summary>
    public const string FieldKey = "field";

    /// <summary>The key under which a CONFLICT error gives the entity's current version (<c>extensions.currentVersion</c>).</summary>
    public const string CurrentVersionKey = "currentVersion";

    public static ExecutionError NotFound(string message) => new(message) { Code = NotFoundCode };

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInputCode };

    /// <summary>A problem with one input field, named by its path (e.g. <c>input.website</c>).</summary>
    public static ExecutionError BadInput(string field, string message)
    {
        var error = new ExecutionError($"{field}: {message}") { Code = BadUserInputCode };
        error.Data[FieldKey] = field;
        return error;
    }

    public static ExecutionError Conflict(string message) => new(message) { Code = ConflictCode };

    /// <summary>The caller sent no key and this needs one.</summary>
    public static ExecutionError Unauthenticated(string message) => new(message) { Code = UnauthenticatedCode };

    /// <summary>The caller's key does not allow this.</summary>
    public static ExecutionError Forbidden(string message) => new(message) { Code = ForbiddenCode };

    public static ExecutionError SearchUnavailable(string message) => new(message) { Code = SearchUnavailableCode };
}
