using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Suite.Benchmarks;

/// <summary>
/// Floors measured straight on SQLite with Microsoft.Data.Sqlite, on the same schema and the same pragmas the
/// services use (WAL, synchronous=NORMAL): what the disk and the engine alone cost.
/// </summary>
public static class RawSqlite
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    /// <summary>
    /// Copies the rows of <paramref name="table"/> as the service stored them (encrypted columns included) into
    /// a fresh file with the same table and indexes: one transaction, one prepared command. Returns the time of
    /// the inserts alone.
    /// </summary>
    public static (int Rows, TimeSpan Elapsed, long Bytes) InsertSameRows(string sourceFile, string targetFile, string table, string where)
    {
        List<string> schema;
        List<string> columns;
        var rows = new List<object[]>();
        using (var source = Open(sourceFile, readOnly: true))
        {
            schema = Strings(source, $"SELECT sql FROM sqlite_master WHERE tbl_name = '{table}' AND sql IS NOT NULL ORDER BY type DESC");
            columns = Strings(source, $"SELECT name FROM pragma_table_info('{table}')");
            using var read = source.CreateCommand();
            read.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)} WHERE {where}";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var values = new object[columns.Count];
                reader.GetValues(values);
                rows.Add(values);
            }
        }

        foreach (var file in new[] { targetFile, targetFile + "-wal", targetFile + "-shm" })
        {
            File.Delete(file);
        }
        using var target = Open(targetFile, readOnly: false);
        Execute(target, Pragmas);
        schema.ForEach(sql => Execute(target, sql));

        var watch = Stopwatch.StartNew();
        using (var transaction = target.BeginTransaction())
        {
            using var insert = target.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i];
                }
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var elapsed = watch.Elapsed;
        Execute(target, "PRAGMA wal_checkpoint(TRUNCATE);");
        return (rows.Count, elapsed, new FileInfo(targetFile).Length);
    }

    /// <summary>Reads every column of the matching rows: the least work any answer built from them can take.</summary>
    public static (int Rows, TimeSpan Elapsed) ReadAll(string file, string table, string where)
    {
        using var connection = Open(file, readOnly: true);
        var watch = Stopwatch.StartNew();
        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT * FROM {Quote(table)} WHERE {where}";
        using var reader = read.ExecuteReader();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }
        return (rows, watch.Elapsed);
    }

    public static long Count(string file, string sql) =>
        Convert.ToInt64(Scalar(file, sql), System.Globalization.CultureInfo.InvariantCulture);

    public static string Scalar(string file, string sql)
    {
        using var connection = Open(file, readOnly: true);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Runs a statement that changes rows (setting up a measurement's data beside the running service, WAL allowing); returns how many it changed.</summary>
    public static int Execute(string file, string sql)
    {
        using var connection = Open(file, readOnly: false);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; " + sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>The first two columns of a query's rows, as (id, text).</summary>
    public static List<(long Id, string Text)> Pairs(string file, string sql)
    {
        using var connection = Open(file, readOnly: true);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(long, string)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        return pairs;
    }

    /// <summary>The database's size on disk: the file and its write-ahead log.</summary>
    public static long SizeOnDisk(string file) =>
        new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static SqliteConnection Open(string file, bool readOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
