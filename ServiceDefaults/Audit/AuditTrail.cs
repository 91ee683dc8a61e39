using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Persistence;
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
/// Appends go through one writer in this process, so each record links to the previous one; the chain assumes one
/// writing instance per database (a second instance would need its own chain, see docs/security.md). Group commit:
/// records that arrive while a write is under way are chained and written together in the next transaction, and
/// each caller's append completes only once its record is committed, so an audited call never answers before its
/// record is durable, yet concurrent calls share one commit instead of queueing for one each.
/// </summary>
public sealed class AuditTrail<TContext> : IAuditTrail where TContext : DbContext
{
    private const int VerifyBatch = 1000;
    private const int MaxGroup = 500;
    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<(AuditEntry Entry, TaskCompletionSource Written)> _queue =
        Channel.CreateUnbounded<(AuditEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private string? _lastHash;

    public AuditTrail(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _ = Task.Run(WriteLoopAsync);
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Writer.TryWrite((entry, written));
        return written.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<(AuditEntry Entry, TaskCompletionSource Written)>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
            {
                group.Add(item);
            }
            try
            {
                await WriteAsync(group.Select(g => g.Entry).ToList());
                group.ForEach(g => g.Written.SetResult());
            }
            catch (Exception ex)
            {
                _lastHash = null; // re-read from the database: the failed group was not written
                group.ForEach(g => g.Written.SetException(ex));
            }
            group.Clear();
        }
    }

    private async Task WriteAsync(List<AuditEntry> entries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var previous = _lastHash ?? await db.Set<AuditEntry>().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync() ?? "";
        var resources = new List<(AuditEntry Entry, List<AuditEntryResource> Resources)>();
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Resources.Count; i++)
            {
                entry.Resources[i].Position = i;
            }
            entry.PreviousHash = previous;
            entry.Hash = previous = entry.ComputeHash();
            // Resources (an import touches 100,000 women) are written after their record has its id.
            resources.Add((entry, entry.Resources));
            entry.Resources = [];
        }
        // Records and resources go through one prepared insert each (no change tracking): every audited call writes here.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.InsertAsync(entries, CancellationToken.None);
        foreach (var (entry, list) in resources)
        {
            list.ForEach(r => r.AuditEntryId = entry.Id);
            entry.Resources = list;
        }
        await db.InsertAsync(resources.SelectMany(r => r.Resources).ToList(), CancellationToken.None);
        await transaction.CommitAsync();
        _lastHash = previous;
    }

    public IQueryable<AuditEntry> Query(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking().Include(e => e.Resources);

    public async Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
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
