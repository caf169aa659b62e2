namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction (<c>/query/v2/tx/{id}</c>). Every follow-up echoes the <c>neo4j-cluster-affinity</c>
/// header so a cluster routes it to the member holding the transaction. Disposing without committing rolls back.
/// </summary>
/// <remarks>Not thread-safe: one request at a time, in order. The server rolls back a transaction left idle past
/// its timeout (1 minute by default); the next request then fails with <see cref="Neo4jFailure.TransactionExpired"/>.</remarks>
public sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private bool _finished;

    internal QueryApiTransaction(QueryApiClient client, string path, OpenTransaction transaction, string? affinity, QueryResult firstResult)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
        Id = transaction.Id;
        Expires = transaction.Expires;
        FirstResult = firstResult;
    }

    public string Id { get; }

    /// <summary>When the server will roll the transaction back if no request arrives; each request pushes it later.</summary>
    public DateTimeOffset? Expires { get; private set; }

    /// <summary>The result of the statement sent with the request that opened the transaction.</summary>
    public QueryResult FirstResult { get; }

    public async Task<QueryResult> RunAsync(QueryStatement statement, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var result = await SendAsync(HttpMethod.Post, _path, QueryRequestBody.Write(statement, null, []), cancellationToken);
        Expires = result.Transaction?.Expires ?? Expires;
        return result;
    }

    /// <summary>Commits; the returned bookmarks are kept by the client so its next reads see this commit.</summary>
    public async Task<QueryResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        var result = await SendAsync(HttpMethod.Post, _path + "/commit", QueryRequestBody.Write(null, null, []), cancellationToken);
        _client.RememberCommit(result);
        return result;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await SendAsync(HttpMethod.Delete, _path, null, cancellationToken);
    }

    /// <summary>Rolls back if still open. A transaction the server already dropped (expired, unreachable) needs nothing more.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync();
        }
        catch (Neo4jStoreException e) when (e.Failure is Neo4jFailure.TransactionExpired or Neo4jFailure.Unreachable)
        {
            // The server rolls back on its own when the transaction is gone or times out.
        }
    }

    private async Task<QueryResult> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        try
        {
            return (await _client.SendAsync(method, path, body, _affinity, Id, cancellationToken)).Result;
        }
        catch (Neo4jStoreException)
        {
            // After a failed statement the server has rolled the transaction back: nothing is left to do on dispose.
            _finished = true;
            throw;
        }
    }
}
