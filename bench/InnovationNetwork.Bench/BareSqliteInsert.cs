using System.Diagnostics;
using System.Text.Json;
using InnovationNetwork.Graph.Interchange;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Bench;

/// <summary>
/// The engine's limit for the same rows: parse each line, insert nodes and relationships with prepared
/// statements in one transaction, primary keys only, with the same durability setting as the store.
/// </summary>
internal static class BareSqliteInsert
{
    public sealed record Result(long Lines, TimeSpan Elapsed, long SizeBytes);

    public static Result Run(string input, string directory)
    {
        var path = Path.Combine(directory, "bare.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;");
        Execute(connection, "CREATE TABLE n (id TEXT PRIMARY KEY, label TEXT, props TEXT) WITHOUT ROWID; CREATE TABLE r (s TEXT, t TEXT, e TEXT, props TEXT, PRIMARY KEY (s, t, e)) WITHOUT ROWID;");
        var clock = Stopwatch.StartNew();
        long lines = 0;
        using (var transaction = connection.BeginTransaction())
        {
            using var node = Prepare(connection, transaction, "INSERT INTO n VALUES ($1, $2, $3)", 3);
            using var relationship = Prepare(connection, transaction, "INSERT INTO r VALUES ($1, $2, $3, $4)", 4);
            using var stream = File.OpenRead(input);
            var reader = new JsonLinesReader(stream);
            while (reader.ReadLineAsync().AsTask().GetAwaiter().GetResult() is { } line)
            {
                lines++;
                using var document = JsonDocument.Parse(line.Bytes);
                var root = document.RootElement;
                var properties = root.GetProperty("properties").GetRawText();
                if (root.GetProperty("type").GetString() == "node")
                {
                    Run(node, root.GetProperty("id").GetString()!, root.GetProperty("labels")[0].GetString()!, properties);
                }
                else
                {
                    Run(relationship, root.GetProperty("start").GetProperty("id").GetString()!, root.GetProperty("label").GetString()!,
                        root.GetProperty("end").GetProperty("id").GetString()!, properties);
                }
            }

            transaction.Commit();
        }

        var elapsed = clock.Elapsed;
        connection.Close();
        return new Result(lines, elapsed, Directory.EnumerateFiles(directory).Sum(f => new FileInfo(f).Length));
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
