using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>
/// A create keyed by the client's <c>request_id</c> (AIP-155): a retry answers with what the first call created, also
/// when two calls with the same id race (the unique index on the request id lets one win; the other reads the winner).
/// A replay is answered only to a caller who may see the row: a request id is not a way into another area.
/// </summary>
public static class IdempotentCreate
{
    /// <param name="sameRequest">Finds the row an earlier call with this request id created.</param>
    /// <param name="create">Builds, adds and saves the new row (in its own transaction if it needs one).</param>
    /// <param name="replay">Who may be answered with an earlier row: NOT_FOUND for a caller outside its area.</param>
    /// <param name="onLostRace">Runs when the save failed and no row has this request id: a chance to name another unique
    /// conflict (ALREADY_EXISTS) before the failure is rethrown.</param>
    /// <returns>The row, and whether this call created it.</returns>
    public static async Task<(TEntity Entity, bool Created)> CreateOnceAsync<TEntity>(this DbContext db, Expression<Func<TEntity, bool>> sameRequest,
        Func<Task<TEntity>> create, ReplayScope<TEntity> replay, CancellationToken ct, Func<Task>? onLostRace = null)
        where TEntity : class
    {
        var (entity, created) = await FirstOrCreateAsync(db, sameRequest, create, ct, onLostRace);
        if (!created)
        {
            replay.Scope.RequireVisible(replay.AreaOf(entity), replay.ResourceType, replay.IdOf(entity).ToString(CultureInfo.InvariantCulture));
        }
        return (entity, created);
    }

    private static async Task<(TEntity Entity, bool Created)> FirstOrCreateAsync<TEntity>(DbContext db, Expression<Func<TEntity, bool>> sameRequest,
        Func<Task<TEntity>> create, CancellationToken ct, Func<Task>? onLostRace)
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

/// <summary>How a replayed create is checked against the caller: the row's area and how it is named when hidden.</summary>
public sealed record ReplayScope<TEntity>(AreaScope Scope, string ResourceType, Func<TEntity, string> AreaOf, Func<TEntity, long> IdOf);
