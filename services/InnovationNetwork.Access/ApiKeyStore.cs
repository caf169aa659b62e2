using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Access;

/// <summary>
/// The API keys in a small SQLite file (by default <c>access-keys.db</c> beside the graph store's data). Safe to use
/// from many threads and from several processes at once (the CLI writes while the service reads): every call opens
/// its own pooled connection and SQLite serialises the writers.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The file name used next to the graph store's data when no path is configured.</summary>
    public const string DefaultFileName = "access-keys.db";

    public const int MaxNameLength = 100;
    public const int MaxOrganisationIdLength = 200;

    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    private ApiKeyStore(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _clock = clock;
    }

    public string Path { get; private init; } = string.Empty;

    /// <summary>Opens the key file, creating it (and its folder) on first use.</summary>
    public static ApiKeyStore Open(string path, TimeProvider? clock = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new ApiKeyStore(connectionString, clock ?? TimeProvider.System) { Path = full };
        store.Execute(KeyStoreSql.CreateSchema);
        return store;
    }

    /// <summary>Creates a key and returns it with its token, which is not kept and cannot be shown again.</summary>
    /// <exception cref="ApiKeyException">The name, role or organisations are not valid, or the name is taken.</exception>
    public CreatedApiKey Create(string name, AccessRole role, IEnumerable<string>? organisations = null)
    {
        var orgs = KeyRules.Check(name, role, organisations);
        var (keyId, token) = ApiKeyToken.Generate();
        var createdAt = Now();
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, KeyStoreSql.CountByName, ("$name", name)) > 0)
        {
            throw new ApiKeyException($"a key named '{name}' already exists (names are never reused, not even after revocation, so provenance stays unambiguous)");
        }

        using (var insert = Command(connection, KeyStoreSql.InsertKey,
            ("$id", keyId), ("$name", name), ("$role", AccessRoleNames.NameOf(role)), ("$hash", ApiKeyToken.Hash(token)), ("$created", Format(createdAt))))
        {
            insert.ExecuteNonQuery();
        }

        foreach (var organisation in orgs)
        {
            using var link = Command(connection, KeyStoreSql.InsertOrganisation, ("$id", keyId), ("$org", organisation));
            link.ExecuteNonQuery();
        }

        transaction.Commit();
        return new CreatedApiKey(new ApiKey(name, role, orgs, createdAt, null), token);
    }

    /// <summary>Every key, oldest first, revoked ones included.</summary>
    public IReadOnlyList<ApiKey> List()
    {
        using var connection = OpenConnection();
        return [.. ReadKeys(connection, KeyStoreSql.SelectAll).Select(k => k.Key)];
    }

    /// <summary>Revokes the key with this name; false when there is none or it was already revoked.</summary>
    public bool Revoke(string name)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, KeyStoreSql.Revoke, ("$name", name), ("$at", Format(Now())));
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>The key a token's id names (revoked or not), or null; the caller still checks the token's hash.</summary>
    public StoredApiKey? FindByKeyId(string keyId)
    {
        using var connection = OpenConnection();
        return ReadKeys(connection, KeyStoreSql.SelectById, ("$id", keyId)).FirstOrDefault();
    }

    /// <summary>The key a token belongs to, or null when the token is malformed or unknown (revoked keys are returned: check <see cref="ApiKey.IsRevoked"/>).</summary>
    public ApiKey? Verify(string token) =>
        ApiKeyToken.TryGetKeyId(token, out var keyId) && FindByKeyId(keyId) is { } stored && stored.Matches(token) ? stored.Key : null;

    private static List<StoredApiKey> ReadKeys(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var rows = new List<(string Id, string Name, string Role, byte[] Hash, string Created, string? Revoked)>();
        using (var command = Command(connection, sql, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        var keys = new List<StoredApiKey>(rows.Count);
        foreach (var row in rows)
        {
            var organisations = new HashSet<string>(StringComparer.Ordinal);
            using (var command = Command(connection, KeyStoreSql.SelectOrganisations, ("$id", row.Id)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    organisations.Add(reader.GetString(0));
                }
            }

            // An unknown role in the file (edited by hand, or from a newer version) grants nothing rather than failing every request.
            var role = AccessRoleNames.TryParseKeyRole(row.Role, out var parsed) ? parsed : AccessRole.Anonymous;
            var key = new ApiKey(row.Name, role, organisations, Parse(row.Created), row.Revoked is null ? null : Parse(row.Revoked));
            keys.Add(new StoredApiKey(row.Id, key, row.Hash));
        }

        return keys;
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    // Whole seconds: the file is read by people (sqlite3) as well as by code.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds());

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
