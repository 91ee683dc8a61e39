using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Suite.ServiceDefaults.Persistence;
using Xunit;

namespace Suite.ServiceDefaults.Tests;

/// <summary>The checkpointer against a real SQLite file, with a writer that keeps its connection open as the services do.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkpointer-").FullName;
    private string File => Path.Combine(_directory, "ledger.db");
    private string ConnectionString => $"Data Source={File};Pooling=False";

    [Fact]
    public async Task A_checkpoint_copies_committed_rows_into_the_database_file()
    {
        await using var writer = await OpenWriterAsync();
        await InsertAsync(writer, rows: 1_000, bytes: 100);
        Assert.Equal(0, RowsInFileAlone()); // committed, but only in the log

        var (logPages, checkpointed) = await new SqliteCheckpointer(ConnectionString, NullLogger<SqliteCheckpointer>.Instance).CheckpointAsync(CancellationToken.None);

        Assert.True(logPages > 0);
        Assert.Equal(logPages, checkpointed);
        Assert.Equal(1_000, RowsInFileAlone());
    }

    [Fact]
    public async Task Past_the_restart_mark_everything_is_copied_and_the_next_write_starts_the_log_over()
    {
        await using var writer = await OpenWriterAsync();
        await InsertAsync(writer, rows: 5_000, bytes: 4_000); // about 5,000 pages: past the restart mark, short of the backstop
        var checkpointer = new SqliteCheckpointer(ConnectionString, NullLogger<SqliteCheckpointer>.Instance);
        var (logPages, _) = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.True(logPages > SqliteCheckpointer.RestartPages, $"log of {logPages} pages");

        await InsertAsync(writer, rows: 1, bytes: 10);

        var (after, copied) = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.InRange(after, 1, 10); // the new write went to the start of the log, not after the old pages
        Assert.Equal(after, copied);
        Assert.Equal(5_001, RowsInFileAlone());
    }

    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint={SqliteCheckpointer.BackstopPages}; CREATE TABLE IF NOT EXISTS Rows (Id INTEGER PRIMARY KEY, Data BLOB NOT NULL);";
        await command.ExecuteNonQueryAsync();
        // A first checkpoint puts the empty table into the file, so the file alone can be read before any rows arrive.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task InsertAsync(SqliteConnection connection, int rows, int bytes)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Rows (Data) VALUES (randomblob($bytes))";
        insert.Parameters.AddWithValue("$bytes", bytes);
        for (var i = 0; i < rows; i++)
        {
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>The rows a copy of the database file holds without its log: what survives if the log is lost.</summary>
    private long RowsInFileAlone()
    {
        var copy = Path.Combine(_directory, $"copy-{Guid.NewGuid():N}.db");
        System.IO.File.Copy(File, copy);
        using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM Rows";
        return (long)count.ExecuteScalar()!;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
