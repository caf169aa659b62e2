namespace InnovationNetwork.Access;

/// <summary>The key file's tables and statements. Names compare case-insensitively so "Alice" and "alice" cannot both exist.</summary>
internal static class KeyStoreSql
{
    public const string CreateSchema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS api_keys (
            key_id     TEXT PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role       TEXT NOT NULL,
            token_hash BLOB NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT NULL
        );
        CREATE TABLE IF NOT EXISTS api_key_organisations (
            key_id          TEXT NOT NULL REFERENCES api_keys(key_id),
            organisation_id TEXT NOT NULL,
            PRIMARY KEY (key_id, organisation_id)
        ) WITHOUT ROWID;
        """;

    public const string CountByName = "SELECT COUNT(*) FROM api_keys WHERE name = $name";

    public const string InsertKey = """
        INSERT INTO api_keys (key_id, name, role, token_hash, created_at) VALUES ($id, $name, $role, $hash, $created)
        """;

    public const string InsertOrganisation = "INSERT OR IGNORE INTO api_key_organisations (key_id, organisation_id) VALUES ($id, $org)";

    private const string SelectColumns = "SELECT key_id, name, role, token_hash, created_at, revoked_at FROM api_keys";

    public const string SelectAll = SelectColumns + " ORDER BY created_at, rowid";

    public const string SelectById = SelectColumns + " WHERE key_id = $id";

    public const string SelectOrganisations = "SELECT organisation_id FROM api_key_organisations WHERE key_id = $id ORDER BY organisation_id";

    public const string Revoke = "UPDATE api_keys SET revoked_at = $at WHERE name = $name AND revoked_at IS NULL";
}
