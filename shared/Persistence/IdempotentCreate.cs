using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Errors;

namespace Suite.Persistence;

/// <summary>
/// A create keyed by the client's <c>request_id</c> (AIP-155): a retry answers with what the first call created, also
/// when two calls with the same id race (the unique index on the request id lets one win; the other reads the winner).
/// </summary>
public static class IdempotentCreate
{
    /// <param name="sameRequest">Finds the row an earlier call with this request id created.</param>
    /// <param name="create">Builds, adds and saves the new row (in its own transaction if it needs one).</param>
    /// <param name="onLostRace">Runs when the save failed and no row has this request id: a chance to name another unique
    /// conflict (ALREADY_EXISTS) before the failure is rethrown.</param>
    /// <returns>The row, and whether this call created it.</returns>
    public static async Task<(TEntity Entity, bool Created)> CreateOnceAsync<TEntity>(
        this DbContext db, Expression<Func<TEntity, bool>> sameRequest, Func<Task<TEntity>> create, CancellationToken ct, Func<Task>? onLostRace = null)
        where TEntity : class
    {
        if (await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(sameRequest, ct) is { } earlier)
        {
            return (earlier, false);
        }
        try
        {
            return (await create(), true);
        }
        catch (Exception ex) when (ex is DbUpdateException or ResourceAlreadyExistsException)
        {
            // A concurrent call with the same request id may have won: by the unique index, or by a uniqueness check of
            // the create itself that found the row the winner had just committed.
            db.ChangeTracker.Clear();
            if (await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(sameRequest, ct) is { } winner)
            {
                return (winner, false);
            }
            if (ex is DbUpdateException && onLostRace is not null)
            {
                await onLostRace();
            }
            throw;
        }
    }
}
