using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Suite.Persistence;

/// <summary>
/// Per-connection SQLite settings: WAL journal (readers do not block the writer), NORMAL sync (durable at
/// checkpoints, safe with WAL) and a busy timeout so concurrent writers wait instead of failing.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    // The settings belong to the native connection, which the pool keeps open between uses, so each runs them once.
    // They used to run on every open, and EF opens the connection for every query outside a transaction: an
    // application create paid for them four times (docs/benchmarks.md, item 11).
    private readonly ConditionalWeakTable<sqlite3, object> _applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(handle);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(handle);
        }
    }

    private bool IsNew(DbConnection connection, out sqlite3? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !_applied.TryGetValue(handle, out _);
    }

    // Remembered only once the settings are applied: a failed attempt is made again on the next open.
    private void Remember(sqlite3? handle)
    {
        if (handle is not null)
        {
            _applied.AddOrUpdate(handle, this);
        }
    }
}
