using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Neo4j.QueryApi;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Graph.Neo4j.Store;

/// <summary>
/// The graph store on Neo4j, over the HTTP Query API. Nodes carry their schema label and <c>GraphNode</c>
/// (unique <c>id</c>); properties are native Neo4j properties. The change feed lives in the database
/// (a counter node and one <c>GraphChange</c> node per changed element), so every API instance follows the
/// same feed. Versions and provenance are reserved <c>_</c> properties on the elements, never shown as domain
/// properties. See docs/neo4j.md for the layout.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly HttpClient? _ownedHttp;
    private readonly int _batchSize;
    private bool _disposed;

    private Neo4jGraphStore(QueryApiClient client, GraphSchema schema, int batchSize, HttpClient? ownedHttp)
    {
        Client = client;
        Schema = schema;
        _batchSize = batchSize;
        _ownedHttp = ownedHttp;
    }

    public GraphSchema Schema { get; }

    internal QueryApiClient Client { get; }

    /// <summary>
    /// Creates the store without contacting the server; call <see cref="EnsureSchemaAsync"/> before the first
    /// write (the API does so in a hosted service that starts before the seed load).
    /// </summary>
    /// <param name="options">The validated <c>Neo4j</c> settings.</param>
    /// <param name="schema">The graph model; the compiled-in one when null.</param>
    /// <param name="http">A shared client (its lifetime stays with the caller), or null for one owned by the store.</param>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, GraphSchema? schema = null, HttpClient? http = null)
    {
        // One long-lived client; recycling pooled connections lets DNS changes (a cluster or Aura failover) take effect.
        var owned = http is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan }
            : null;
        return new Neo4jGraphStore(new QueryApiClient(http ?? owned!, options), schema ?? GraphSchema.Default, options.WriteBatchSize, owned);
    }

    /// <summary>Creates the store and applies the schema (see <see cref="EnsureSchemaAsync"/>).</summary>
    /// <param name="options">The validated <c>Neo4j</c> settings.</param>
    /// <param name="schema">The graph model; the compiled-in one when null.</param>
    /// <param name="http">A shared client (its lifetime stays with the caller), or null for one owned by the store.</param>
    /// <param name="cancellationToken">Stops waiting for the server.</param>
    public static async Task<Neo4jGraphStore> OpenAsync(
        Neo4jStoreOptions options, GraphSchema? schema = null, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var store = Create(options, schema, http);
        try
        {
            await store.EnsureSchemaAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Applies the schema (constraints, indexes, the counter node); idempotent. Fails with a
    /// <see cref="Neo4jStoreException"/> naming the cause when the server is unreachable, refuses the credentials,
    /// or has no such database; with <see cref="StoreVersionException"/> when a newer build wrote the data.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => SchemaBootstrap.ApplyAsync(Client, cancellationToken);

    public async Task<IGraphWriteSession> BeginWriteAsync(WriteOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken);
        return new Neo4jWriteSession(this, origin, () => _writeLock.Release());
    }

    public async Task<long> GetLastSequenceAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync($"OPTIONAL MATCH (s:{StoreLabels.Sequence} {{name: 'graph'}}) RETURN coalesce(s.last, 0) AS last", null, cancellationToken);
        return result.Rows[0][0].GetInt64();
    }

    /// <summary>The server's product name, version and edition (<c>dbms.components()</c>), for the health check.</summary>
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync("CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition", null, cancellationToken);
        var row = result.Rows.Count > 0 ? result.Rows[0] : throw new Neo4jStoreException(Neo4jFailure.Protocol, "dbms.components() returned nothing.");
        return new Neo4jServerInfo(Client.Server, Client.Database, row[0].GetString()!, row[1].GetString()!, row[2].GetString()!);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        // One count per label and type: Neo4j answers these from its count store without touching the data.
        var labels = string.Join(" UNION ALL ", Schema.Labels.Select(l => $"MATCH (n:{l.Name}) RETURN '{l.Name}' AS name, count(n) AS total"));
        var types = string.Join(" UNION ALL ", Schema.RelationshipTypes.Select(t => $"MATCH ()-[r:{t.Name}]->() RETURN '{t.Name}' AS name, count(r) AS total"));
        var nodes = await ReadAsync($"CALL {{ {labels} }} RETURN name, total", null, cancellationToken);
        var relationships = await ReadAsync($"CALL {{ {types} }} RETURN name, total", null, cancellationToken);
        return new GraphStatistics(Counts(nodes), Counts(relationships), await GetLastSequenceAsync(cancellationToken), 0, StoreLabels.LayoutVersion);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writeLock.WaitAsync();
        _writeLock.Dispose();
        _ownedHttp?.Dispose();
    }

    /// <summary>
    /// Runs a session's operations in one explicit transaction, stamped with <paramref name="origin"/>, after checking
    /// that the nodes in <paramref name="expectedVersions"/> are still at those versions (null: still absent). A
    /// transient failure before the commit request rolled the transaction back, so the whole unit is tried again; a
    /// lost connection during the commit is not, since it may have committed.
    /// </summary>
    /// <exception cref="VersionConflictException">Another writer changed a checked node; nothing was written.</exception>
    internal Task<long> CommitAsync(
        IReadOnlyList<WriteOperation> operations, WriteOrigin origin, IReadOnlyDictionary<string, long?> expectedVersions, CancellationToken cancellationToken) =>
        Client.Retry.RunAsync(ct => CommitOnceAsync(operations, origin, expectedVersions, ct), cancellationToken);

    internal Task<QueryResult> ReadAsync(string cypher, Dictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Client.RunAsync(new QueryStatement(cypher, parameters), AccessMode.Read, cancellationToken);
    }

    private async Task<long> CommitOnceAsync(
        IReadOnlyList<WriteOperation> operations, WriteOrigin origin, IReadOnlyDictionary<string, long?> expectedVersions, CancellationToken cancellationToken)
    {
        await using var transaction = await Client.BeginTransactionAsync(CommitStatements.ReserveSequences(operations.Count), cancellationToken);
        var first = transaction.FirstResult.Rows[0][0].GetInt64();
        if (expectedVersions.Count > 0)
        {
            var conflict = await transaction.RunAsync(CommitStatements.VersionCheck(expectedVersions), cancellationToken);
            if (conflict.Rows.Count > 0)
            {
                var row = conflict.Rows[0];
                throw new VersionConflictException(row[0].GetString()!, row[1].GetInt64(), row[2].GetInt64());
            }
        }

        var sequenced = operations.Select((operation, index) => new SequencedOperation(operation, first + index + 1)).ToList();
        foreach (var batch in CommitStatements.Batches(sequenced, _batchSize))
        {
            var written = await transaction.RunAsync(CommitStatements.Write(Schema, origin, batch), cancellationToken);
            if (batch[0].Operation.Kind == GraphChangeKind.RelationshipUpserted && written.Rows[0][0].GetInt64() < batch.Count)
            {
                // An endpoint was deleted by another writer after this session checked it.
                var ids = batch.SelectMany(o => new[] { o.Operation.Relationship!.StartId, o.Operation.Relationship.EndId });
                var missing = await transaction.RunAsync(CommitStatements.FirstMissing(ids), cancellationToken);
                throw new MissingEndpointException(missing.Rows.Count > 0 ? missing.Rows[0][0].GetString()! : ids.First());
            }
        }

        // Only the latest change of each element goes to the feed (earlier ones in this commit would be superseded anyway).
        var changes = sequenced.GroupBy(c => c.Operation.ChangeKey, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(c => c.Sequence).ToList();
        foreach (var batch in changes.Chunk(_batchSize))
        {
            await transaction.RunAsync(CommitStatements.ChangeLog(batch), cancellationToken);
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Neo4jStoreException e) when (e.Failure == Neo4jFailure.Unreachable)
        {
            throw new Neo4jStoreException(
                Neo4jFailure.OutcomeUnknown,
                $"The connection to Neo4j at {Client.Server} failed while committing; the commit may or may not have been applied ({e.Message}).",
                inner: e);
        }

        return first + operations.Count;
    }

    private static Dictionary<string, long> Counts(QueryResult result) =>
        result.Rows.Where(r => r[1].GetInt64() > 0).ToDictionary(r => r[0].GetString()!, r => r[1].GetInt64(), StringComparer.Ordinal);
}

/// <summary>What the health check reports about the server.</summary>
public sealed record Neo4jServerInfo(string Server, string Database, string Product, string Version, string Edition);
