using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Persistence;

namespace Suite.Audit;

/// <summary>
/// A service's audit log: appends go to the one <see cref="AuditWriter{TContext}"/>, which chains them; queries and
/// verification of the chain read the database.
/// </summary>
public sealed class AuditTrail<TContext>(IServiceScopeFactory scopes, AuditQueue queue, AuditKey key, AuditCheckpoints<TContext> checkpoints) : IAuditTrail
    where TContext : DbContext
{
    private const int VerifyBatch = 1000;

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) => queue.EnqueueAsync(entry, cancellationToken);

    public void InboxFilled() => queue.Wake();

    public IQueryable<AuditEntry> Query(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking().Include(e => e.Resources);

    /// <summary>
    /// Walks the chain from the oldest retained record: each must link to the one before and carry its keyed MAC; the
    /// oldest must be the first ever written or the anchor retention signed; the newest signed head (of the file and of
    /// the copy in Redis) must still be there, as it was. A chain found whole is signed as the new head.
    /// </summary>
    public async Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken)
    {
        var (head, anchor, checkpointProblem) = await checkpoints.ReadAsync(cancellationToken);
        if (checkpointProblem.Length > 0)
        {
            return (false, 0, 0, checkpointProblem);
        }
        await using var scope = scopes.CreateAsyncScope();
        var entries = Query(scope);
        AuditEntry? last = null;
        var headFound = false;
        long checkedCount = 0, after = 0;
        while (true)
        {
            var batch = await entries.Where(e => e.Id > after).OrderBy(e => e.Id).Take(VerifyBatch).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                entry.Resources.Sort((a, b) => a.Position.CompareTo(b.Position));
                if (last is null && entry.PreviousHash.Length > 0 && (anchor is null || anchor.Id != entry.Id || anchor.Hash != entry.PreviousHash))
                {
                    return (false, checkedCount, entry.Id, "the oldest records were removed outside retention (the chain's first record is neither the first written nor the one retention kept)");
                }
                if (last is not null && entry.PreviousHash != last.Hash)
                {
                    return (false, checkedCount, entry.Id, "does not link to the record before it (a record was removed or altered)");
                }
                // Every record carries the keyed MAC: a plain hash, or any MAC but this key's, is a record written without the key.
                if (entry.Hash != entry.ComputeHash(key))
                {
                    return (false, checkedCount, entry.Id, "its content does not match its MAC (the record was altered or the chain recomputed without the key)");
                }
                if (head is not null && entry.Id == head.Id)
                {
                    if (entry.Hash != head.Hash)
                    {
                        return (false, checkedCount, entry.Id, "differs from the signed checkpoint of the chain's head (the chain was rewritten)");
                    }
                    headFound = true;
                }
                last = entry;
                checkedCount++;
            }
            if (batch.Count < VerifyBatch)
            {
                break;
            }
            after = batch[^1].Id;
        }
        // A signed head older than the retained records was purged with them; otherwise it must have been found.
        if (head is not null && !headFound && (anchor is null || head.Id >= anchor.Id))
        {
            return (false, checkedCount, head.Id, $"records up to the signed checkpoint (record {head.Id}) are missing (the end of the chain was cut off)");
        }
        if (last is not null)
        {
            await checkpoints.AppendAsync(AuditCheckpoints<TContext>.Head, last.Id, last.Hash, DateTime.UtcNow);
        }
        return (true, checkedCount, 0, "");
    }
}
