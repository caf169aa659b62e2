using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>
/// The on-disk schema, as forward-only migrations. <c>PRAGMA user_version</c> records how many have run;
/// a file whose version is above <see cref="LatestVersion"/> was written by a newer build and is refused.
/// </summary>
internal static class StoreMigrations
{
    private static readonly string[] Steps =
    [
        // 1: nodes keyed by an integer row id (compact relationship rows), relationships keyed by
        // (start, type, end), tombstones for deletions, and the change sequence in meta.
        """
        CREATE TABLE nodes (
            nid   INTEGER PRIMARY KEY,
            id    TEXT    NOT NULL UNIQUE,
            label TEXT    NOT NULL,
            props TEXT    NOT NULL,
            seq   INTEGER NOT NULL
        );
        CREATE INDEX nodes_by_label ON nodes(label, id);
        CREATE INDEX nodes_by_seq ON nodes(seq);
        CREATE TABLE rels (
            start_nid INTEGER NOT NULL,
            type      TEXT    NOT NULL,
            end_nid   INTEGER NOT NULL,
            props     TEXT    NOT NULL,
            seq       INTEGER NOT NULL,
            PRIMARY KEY (start_nid, type, end_nid)
        ) WITHOUT ROWID;
        CREATE INDEX rels_by_end ON rels(end_nid, type, start_nid);
        CREATE INDEX rels_by_seq ON rels(seq);
        CREATE TABLE tombstones (
            seq      INTEGER PRIMARY KEY,
            kind     INTEGER NOT NULL,
            node_id  TEXT,
            label    TEXT,
            start_id TEXT,
            type     TEXT,
            end_id   TEXT
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('last_seq', '0');
        """,

        // 2: provenance. One origins row per write session (who, through what, when); elements point at the
        // origin that created them and the one that last changed them. Rows written before this step point at
        // origin 1, "before-provenance": the column defaults keep the upgrade O(1) at any size.
        """
        CREATE TABLE origins (
            oid    INTEGER PRIMARY KEY,
            at_ms  INTEGER NOT NULL,
            actor  TEXT    NOT NULL,
            source TEXT    NOT NULL,
            UNIQUE (at_ms, actor, source)
        );
        INSERT INTO origins(oid, at_ms, actor, source)
            VALUES (1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 'unknown', 'before-provenance');
        ALTER TABLE nodes ADD COLUMN created_oid INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE nodes ADD COLUMN updated_oid INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE rels ADD COLUMN created_oid INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE rels ADD COLUMN updated_oid INTEGER NOT NULL DEFAULT 1;
        """,
    ];

    public static int LatestVersion => Steps.Length;

    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs every step above the file's version, each in its own transaction with its version bump.</summary>
    public static void Apply(SqliteConnection connection, int fromVersion)
    {
        for (var version = fromVersion; version < Steps.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"{Steps[version]}\nPRAGMA user_version = {version + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
