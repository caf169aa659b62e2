using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>Why a request to Neo4j failed, in the terms an operator acts on.</summary>
public enum Neo4jFailure
{
    /// <summary>No answer: the server is down, the address is wrong, or the request timed out.</summary>
    Unreachable,

    /// <summary>The server refused the credentials or the user may not do this.</summary>
    Unauthorized,

    /// <summary>The configured database does not exist on the server.</summary>
    DatabaseNotFound,

    /// <summary>An explicit transaction is gone: it idled past the server's timeout, or the request reached another cluster member.</summary>
    TransactionExpired,

    /// <summary><c>Neo.TransientError.*</c>: the same request may succeed later (deadlock, leader switch, memory pressure).</summary>
    Transient,

    /// <summary>A uniqueness constraint refused the write.</summary>
    ConstraintViolated,

    /// <summary>The server refused the statement for another reason (a bug in this adapter, or a server-side limit).</summary>
    StatementFailed,

    /// <summary>The connection failed while a commit was in flight: it may or may not have committed, so it is not retried.</summary>
    OutcomeUnknown,

    /// <summary>The answer was not a Query API response (wrong URL, a proxy page, or a server older than 5.26).</summary>
    Protocol,
}

/// <summary>A failed Neo4j request, with the server's error code when there was one.</summary>
public sealed class Neo4jStoreException(Neo4jFailure failure, string message, string? code = null, Exception? inner = null)
    : GraphStoreException(message, inner!)
{
    public Neo4jFailure Failure { get; } = failure;

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Security.Unauthorized</c>, or null when the server did not answer.</summary>
    public string? Code { get; } = code;

    /// <summary>Whether trying the same request again can help.</summary>
    public bool IsRetriable => Failure is Neo4jFailure.Transient or Neo4jFailure.Unreachable;
}
