using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.ServiceDefaults.Persistence;

/// <summary>
/// Copies the SQLite write-ahead log into the database file on its own connection, a few times a second.
/// Left to SQLite, the checkpoint runs inside whichever commit crosses 1,000 log pages, so a bulk writer (the survey
/// import) spent a fifth of its time checkpointing on its own thread; a passive checkpoint here takes no lock from
/// writers or readers and uses the other core. It also bounds how long a commit stays only in the OS cache
/// (synchronous=NORMAL syncs the log at checkpoints). SQLite's own checkpoint stays on as a backstop at
/// <see cref="BackstopPages"/>, should this one stall.
/// <para>
/// Under steady writes a passive checkpoint never finds the log fully copied when a writer starts, and only then
/// does SQLite start the log over: it grew to the backstop, and every read searched a longer log index (the
/// re-import's lookups slowed by a third). So once the log passes <see cref="RestartPages"/> the passive copy is
/// followed by a restart, which holds new writers off only while it copies what was written since.
/// </para>
/// </summary>
public sealed class SqliteCheckpointer(string connectionString, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>Log pages (4 KiB) at which a committing connection checkpoints itself.</summary>
    public const int BackstopPages = 20_000;
    /// <summary>Log pages past which the log is started over (one page of the log index covers 4,096).</summary>
    public const int RestartPages = 4_000;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; SQLite's backstop keeps the log bounded meanwhile.
                    logger.LogWarning("WAL checkpoint failed: {Error}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// One passive checkpoint, and a restart if the log has grown past <see cref="RestartPages"/>: returns the pages
    /// in the log and how many of them are now in the database file.
    /// </summary>
    public async Task<(long LogPages, long CheckpointedPages)> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A restart waits for readers to leave the log; past a second it gives up (reported busy) and the next tick retries.
        await using (var timeout = connection.CreateCommand())
        {
            timeout.CommandText = "PRAGMA busy_timeout=1000";
            await timeout.ExecuteNonQueryAsync(cancellationToken);
        }
        var result = await RunAsync(connection, "PASSIVE", cancellationToken);
        return result.LogPages > RestartPages ? await RunAsync(connection, "RESTART", cancellationToken) : result;
    }

    private static async Task<(long LogPages, long CheckpointedPages)> RunAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(1), reader.GetInt64(2));
    }
}
