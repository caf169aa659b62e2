using System.Net;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>Turns the server's <c>errors</c> entries (or a bare HTTP status) into <see cref="Neo4jStoreException"/>s that name the cause.</summary>
internal static class Neo4jErrorMapper
{
    public static Neo4jStoreException FromServerError(QueryError error, RequestTarget target)
    {
        var code = error.Code;
        var (failure, advice) = code switch
        {
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => (Neo4jFailure.Transient, "a temporary condition; the request may be tried again"),
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" or "Neo.ClientError.Security.TokenExpired" =>
                (Neo4jFailure.Unauthorized, "the server refused the credentials: check Neo4j:User and Neo4j:Password (or Neo4j:Token)"),
            "Neo.ClientError.Security.Forbidden" or "Neo.ClientError.Security.AuthorizationExpired" =>
                (Neo4jFailure.Unauthorized, $"the user may not do this on database '{target.Database}'"),
            "Neo.ClientError.Database.DatabaseNotFound" =>
                (Neo4jFailure.DatabaseNotFound, $"database '{target.Database}' does not exist: check Neo4j:Database (Community has one user database, 'neo4j')"),
            "Neo.ClientError.Transaction.TransactionNotFound" or "Neo.ClientError.Transaction.TransactionTimedOut"
                or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" =>
                (Neo4jFailure.TransactionExpired, "the transaction expired or was rolled back; its writes were not committed"),
            "Neo.ClientError.Request.Invalid" when target.TransactionId is not null && error.Status == HttpStatusCode.NotFound =>
                (Neo4jFailure.TransactionExpired, "the transaction expired (idle past the server's timeout) or the request reached another cluster member; its writes were not committed"),
            "Neo.ClientError.Schema.ConstraintValidationFailed" => (Neo4jFailure.ConstraintViolated, "a uniqueness constraint refused the write"),
            _ => (Neo4jFailure.StatementFailed, "the server refused the statement"),
        };
        return new Neo4jStoreException(failure, $"Neo4j at {target.Server} ({code}): {advice}. Server said: {error.Message}", code);
    }

    /// <summary>For answers without a Query API error body: an auth failure, a wrong path, a proxy page.</summary>
    public static Neo4jStoreException FromStatus(HttpStatusCode status, RequestTarget target) => status switch
    {
        HttpStatusCode.Unauthorized => new(Neo4jFailure.Unauthorized,
            $"Neo4j at {target.Server} refused the credentials (HTTP 401): check Neo4j:User and Neo4j:Password (or Neo4j:Token)."),
        HttpStatusCode.Forbidden => new(Neo4jFailure.Unauthorized,
            $"Neo4j at {target.Server} forbade the request (HTTP 403): the user may not use database '{target.Database}'."),
        HttpStatusCode.NotFound when target.TransactionId is not null => new(Neo4jFailure.TransactionExpired,
            $"Neo4j at {target.Server} no longer knows transaction {target.TransactionId} (HTTP 404): it expired; its writes were not committed."),
        HttpStatusCode.NotFound => new(Neo4jFailure.Protocol,
            $"Neo4j at {target.Server} has no Query API at {target.Path} (HTTP 404): Neo4j 5.26 or later (or Aura) is needed, with the HTTP connector on."),
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => new(Neo4jFailure.Unreachable,
            $"Neo4j at {target.Server} is unavailable (HTTP {(int)status})."),
        _ => new(Neo4jFailure.Protocol, $"Neo4j at {target.Server} answered HTTP {(int)status} without a Query API response to {target.Path}."),
    };
}

/// <summary>What a request was aimed at, for error messages.</summary>
internal sealed record RequestTarget(string Server, string Database, string Path, string? TransactionId = null);

/// <summary>One entry of a response's <c>errors</c> array, with the HTTP status it came with.</summary>
internal sealed record QueryError(string Code, string Message, HttpStatusCode Status);
