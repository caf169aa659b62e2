using System.Runtime.CompilerServices;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Readers use pooled connections and never block;
/// the single write connection is handed to one <see cref="SqliteWriteSession"/> at a time.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection _writeConnection;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _readConnectionString;
    private readonly string _databasePath;
    private bool _disposed;

    private SqliteGraphStore(GraphSchema schema, string databasePath, SqliteConnection writeConnection, string readConnectionString)
    {
        Schema = schema;
        _databasePath = databasePath;
        _writeConnection = writeConnection;
        _readConnectionString = readConnectionString;
    }

    public GraphSchema Schema { get; }

    /// <summary>Opens (creating if needed) the store under <see cref="EmbeddedStoreOptions.DataDirectory"/>.</summary>
    /// <exception cref="StoreVersionException">The file was written by a newer build.</exception>
    /// <exception cref="StoreCorruptException">The file is not a readable database; it is left untouched.</exception>
    public static SqliteGraphStore Open(EmbeddedStoreOptions options, GraphSchema? schema = null)
    {
        var path = options.DatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var write = new SqliteConnection(builder.ToString());
        try
        {
            write.Open();
            var version = StoreMigrations.ReadVersion(write);
            if (version > StoreMigrations.LatestVersion)
            {
                throw new StoreVersionException(
                    $"The data in {path} has store schema version {version}, but this build knows versions up to " +
                    $"{StoreMigrations.LatestVersion}. It was written by a newer InnovationNetwork: run that version, " +
                    "or export from it and import here.");
            }

            Execute(write, "PRAGMA journal_mode = WAL");
            Execute(write, $"PRAGMA synchronous = {(options.DurableCommits ? "FULL" : "NORMAL")}");
            Execute(write, $"PRAGMA cache_size = -{options.WriteCacheMiB * 1024}");
            Execute(write, "PRAGMA temp_store = MEMORY");
            StoreMigrations.Apply(write, version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            write.Dispose();
            throw new StoreCorruptException(
                $"The database file {path} is damaged or is not an InnovationNetwork store ({e.Message}). It was left " +
                "untouched: restore it from a backup or an export, or set GraphStore:DataDirectory to another folder.", e);
        }
        catch
        {
            write.Dispose();
            throw;
        }

        var read = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = true, DefaultTimeout = 30 };
        return new SqliteGraphStore(schema ?? GraphSchema.Default, path, write, read.ToString());
    }

    public async Task<IGraphWriteSession> BeginWriteAsync(WriteOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return new SqliteWriteSession(this, _writeConnection, origin, () => _writeLock.Release());
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, label, props FROM nodes WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", SqlJson.Array(ids));
        return await ReadNodesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetRegionClosureAsync(string regionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE {NodeQuerySql.RegionScopeCte("json_array($id)")}
            SELECT n.id FROM region_scope s JOIN nodes n ON n.nid = s.nid ORDER BY s.depth, n.id
            """;
        command.Parameters.AddWithValue("$id", regionId);
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (!result.Contains(id, StringComparer.Ordinal))
            {
                result.Add(id);
            }
        }

        return result;
    }

    public async Task<long> GetLastSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        return await ReadLastSequenceAsync(connection, cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        var labels = await CountAsync(connection, "SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label", cancellationToken);
        var types = await CountAsync(connection, "SELECT type, count(*) FROM rels GROUP BY type ORDER BY type", cancellationToken);
        var lastSequence = await ReadLastSequenceAsync(connection, cancellationToken);
        var size = new[] { _databasePath, _databasePath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        return new GraphStatistics(labels, types, lastSequence, size, StoreMigrations.LatestVersion);
    }

    public async IAsyncEnumerable<GraphNode> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, label, props FROM nodes ORDER BY label, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new GraphNode(reader.GetString(0), reader.GetString(1), PropertyMap.Parse(reader.GetString(2)));
        }
    }

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        ReadRelationshipsAsync("ORDER BY r.type, s.id, e.id", cancellationToken);

    /// <summary>
    /// In write order (the seq index, as SQLite always chose for the earlier join; the analytics snapshot's rebuild
    /// agrees with its incremental updates only in that order), with no joins: node ids come from one scan of the
    /// id index into memory, in the same read transaction, instead of two B-tree searches of the nodes table per
    /// relationship. Ids and types are shared strings.
    /// </summary>
    public async IAsyncEnumerable<GraphRelationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var ids = await ReadNodeIdsAsync(connection, cancellationToken);
        var types = new SharedStrings();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT start_nid, type, end_nid, props FROM rels ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new GraphRelationship(ids[reader.GetInt64(0)], types.Get(reader.GetString(1)), ids[reader.GetInt64(2)], PropertyMap.Parse(reader.GetString(3)));
        }
    }

    /// <summary>
    /// Keys only, from whichever index SQLite finds smallest that holds them (every index of a WITHOUT ROWID
    /// table carries the key): a sequential read of a few bytes per relationship, against a table lookup per
    /// relationship for the write-ordered scan. Node ids as in <see cref="ScanRelationshipsAsync"/>.
    /// </summary>
    public async IAsyncEnumerable<RelationshipKey> ScanRelationshipKeysAsync(
        IReadOnlyCollection<string> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (types.Count == 0)
        {
            yield break;
        }

        await using var connection = await OpenReadAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var ids = await ReadNodeIdsAsync(connection, cancellationToken);
        var shared = new SharedStrings();
        await using var command = connection.CreateCommand();
        var names = types.Select((type, i) => (Parameter: $"$t{i}", type)).ToList();
        command.CommandText = $"SELECT start_nid, type, end_nid FROM rels WHERE type IN ({string.Join(", ", names.Select(n => n.Parameter))})";
        foreach (var (parameter, type) in names)
        {
            command.Parameters.AddWithValue(parameter, type);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new RelationshipKey(ids[reader.GetInt64(0)], shared.Get(reader.GetString(1)), ids[reader.GetInt64(2)]);
        }
    }

    /// <summary>Every node's id by its row id, read from the id index in the caller's read transaction.</summary>
    private static async Task<Dictionary<long, string>> ReadNodeIdsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<long, string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT nid, id FROM nodes";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetInt64(0)] = reader.GetString(1);
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writeLock.WaitAsync();
        await _writeConnection.DisposeAsync();
        _writeLock.Dispose();
    }

    private async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync(string orderBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.id, r.type, e.id, r.props FROM rels r
            JOIN nodes s ON s.nid = r.start_nid JOIN nodes e ON e.nid = r.end_nid
            {orderBy}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new GraphRelationship(reader.GetString(0), reader.GetString(1), reader.GetString(2), PropertyMap.Parse(reader.GetString(3)));
        }
    }

    internal async Task<SqliteConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static async Task<List<GraphNode>> ReadNodesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            nodes.Add(new GraphNode(reader.GetString(0), reader.GetString(1), PropertyMap.Parse(reader.GetString(2))));
        }

        return nodes;
    }

    internal static async Task<long> ReadLastSequenceAsync(
        SqliteConnection connection, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_seq'";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<Dictionary<string, long>> CountAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
