using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.ServiceDefaults.Audit;

/// <summary>The audit log of one service: appends chained records and verifies the chain.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    IQueryable<AuditEntry> Query(IServiceScope scope);

    Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Appends are serialized in this process so each record links to the previous one; the chain assumes one
/// writing instance per database (a second instance would need its own chain, see docs/security.md).
/// </summary>
public sealed class AuditTrail<TContext>(IServiceScopeFactory scopes) : IAuditTrail where TContext : DbContext
{
    private const int VerifyBatch = 1000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _lastHash;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            _lastHash ??= await db.Set<AuditEntry>().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? "";
            entry.PreviousHash = _lastHash;
            for (var i = 0; i < entry.Resources.Count; i++)
            {
                entry.Resources[i].Position = i;
            }
            entry.Hash = entry.ComputeHash();
            db.Set<AuditEntry>().Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            _lastHash = entry.Hash;
        }
        finally
        {
            _gate.Release();
        }
    }

    public IQueryable<AuditEntry> Query(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking().Include(e => e.Resources);

    public async Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var entries = Query(scope);
        string? previous = null;
        long checkedCount = 0, after = 0;
        while (true)
        {
            var batch = await entries.Where(e => e.Id > after).OrderBy(e => e.Id).Take(VerifyBatch).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                entry.Resources.Sort((a, b) => a.Position.CompareTo(b.Position));
                // The oldest retained record anchors the chain (older ones may have been purged by retention).
                if (previous is not null && entry.PreviousHash != previous)
                {
                    return (false, checkedCount, entry.Id, "does not link to the record before it (a record was removed or altered)");
                }
                if (entry.ComputeHash() != entry.Hash)
                {
                    return (false, checkedCount, entry.Id, "its content does not match its hash (the record was altered)");
                }
                previous = entry.Hash;
                checkedCount++;
            }
            if (batch.Count < VerifyBatch)
            {
                return (true, checkedCount, 0, "");
            }
            after = batch[^1].Id;
        }
    }
}
