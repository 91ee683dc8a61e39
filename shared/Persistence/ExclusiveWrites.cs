using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Suite.Persistence;

/// <summary>
/// A transaction that only one writer of the database holds at a time, whichever instance of the service it runs in:
/// for work that reads what the last writer left and builds on it (the audit chain links each record to the one
/// before). On SQLite every transaction the suite begins is <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default),
/// which takes the database's one write lock at once, across processes. On SQL Server an exclusive application lock
/// named <paramref name="resource"/> is taken inside the transaction (<c>sp_getapplock</c>, released at commit or
/// rollback, so a writer that dies mid-transaction releases it with its connection).
/// </summary>
public static class ExclusiveWrites
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public static async Task<IDbContextTransaction> BeginExclusiveTransactionAsync(this DbContext db, string resource, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsSqlServer())
        {
            return transaction;
        }
        try
        {
            var timeout = (int)LockWait.TotalMilliseconds;
            var granted = await db.Database.SqlQuery<int>($"""
                DECLARE @result int;
                EXEC @result = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = {timeout};
                SELECT @result AS [Value];
                """).ToListAsync(ct);
            // 0 granted at once, 1 granted after waiting; below 0 timed out, cancelled or deadlocked.
            if (granted is not [>= 0])
            {
                throw new TimeoutException($"The exclusive lock '{resource}' was not granted within {LockWait.TotalSeconds:0} s (sp_getapplock {string.Join(",", granted)}).");
            }
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
