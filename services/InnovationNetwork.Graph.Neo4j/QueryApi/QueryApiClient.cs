using System.Net.Http.Headers;
using System.Text;

namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>
/// Speaks Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, Neo4j 5.26+ and Aura): implicit
/// transactions for single statements, explicit ones through <see cref="BeginTransactionAsync"/>.
/// </summary>
/// <remarks>One long-lived instance per store, safe to use concurrently; it owns no connection state beyond
/// the shared <see cref="HttpClient"/> and the bookmarks of its latest write.</remarks>
public sealed class QueryApiClient
{
    /// <summary>Sent by the server when a transaction opens; every follow-up request must carry it back.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly BookmarkHolder _bookmarks = new();

    public QueryApiClient(HttpClient http, Neo4jStoreOptions options, TimeProvider? time = null)
    {
        _http = http;
        _options = options;
        _authorization = string.IsNullOrEmpty(options.Token)
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")))
            : new AuthenticationHeaderValue("Bearer", options.Token);
        Retry = new RetryPolicy(options.MaxRetries, TimeSpan.FromMilliseconds(200), time ?? TimeProvider.System);
    }

    // Computed on use, not in the constructor: a missing Neo4j:Uri must surface as the start-up validation message.
    public string Server => _options.BaseUri().GetLeftPart(UriPartial.Authority);

    public string Database => _options.Database;

    internal RetryPolicy Retry { get; }

    private string QueryPath => $"{_options.BaseUri().AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    internal IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(QueryStatement statement, AccessMode mode, CancellationToken cancellationToken = default) =>
        Retry.RunAsync(async ct =>
        {
            var result = await SendAsync(HttpMethod.Post, QueryPath, QueryRequestBody.Write(statement, mode, _bookmarks.Current), null, null, ct);
            _bookmarks.Advance(result.Result.Bookmarks);
            return result.Result;
        }, cancellationToken);

    /// <summary>Opens an explicit write transaction, running <paramref name="first"/> in it if given. Not retried here: the caller owns the unit of work.</summary>
    public async Task<QueryApiTransaction> BeginTransactionAsync(QueryStatement? first, CancellationToken cancellationToken = default)
    {
        var path = QueryPath + "/tx";
        var (result, affinity) = await SendAsync(HttpMethod.Post, path, QueryRequestBody.Write(first, AccessMode.Write, _bookmarks.Current), null, null, cancellationToken);
        var transaction = result.Transaction ?? throw new Neo4jStoreException(
            Neo4jFailure.Protocol, $"Neo4j at {Server} opened no transaction at {path}: the response had no transaction id.");
        return new QueryApiTransaction(this, $"{path}/{Uri.EscapeDataString(transaction.Id)}", transaction, affinity, result);
    }

    internal void RememberCommit(QueryResult result) => _bookmarks.Advance(result.Bookmarks);

    internal async Task<(QueryResult Result, string? Affinity)> SendAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, string? transactionId, CancellationToken cancellationToken)
    {
        var target = new RequestTarget(Server, _options.Database, path, transactionId);
        using var request = new HttpRequestMessage(method, new Uri(_options.BaseUri(), path));
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(QueryResponseDecoder.TypedMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(QueryResponseDecoder.TypedMediaType);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
        HttpResponseMessage response;
        byte[] content;
        try
        {
            response = await _http.SendAsync(request, timeout.Token);
            content = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jStoreException(Neo4jFailure.Unreachable, $"Neo4j at {Server} is unreachable: {e.Message}", inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jStoreException(
                Neo4jFailure.Unreachable, $"Neo4j at {Server} did not answer within {_options.RequestTimeoutSeconds} s (Neo4j:RequestTimeoutSeconds).", inner: e);
        }

        using (response)
        {
            var returnedAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var result = QueryResponseDecoder.Decode(content, response.Content.Headers.ContentType?.MediaType, response.StatusCode, target);
            return (result, returnedAffinity ?? affinity);
        }
    }
}
