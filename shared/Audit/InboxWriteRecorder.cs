using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Persistence;
using Suite.Security;

namespace Suite.Audit;

/// <summary>
/// Every write of an audited call commits with a record of it: when an audited RPC saves changes, a "committed write"
/// record (who, which call, what kind of rows) joins the same SaveChanges, in the audit inbox, and the writer chains it.
/// The call's own record, with the resources and the real outcome, still follows when the call ends; if the process
/// stops before that, or the log cannot be written then, the committed write is on record all the same.
/// </summary>
public sealed class InboxWriteRecorder(IHttpContextAccessor http, IServiceProvider services, TimeProvider clock) : IWriteRecorder
{
    // Resolved when first needed: a migration commits through the same interceptors, and needs no audit trail (nor its key).
    private IAuditTrail Trail => field ??= services.GetRequiredService<IAuditTrail>();

    public const string Purpose = "committed write";

    public void Recording(DbContext context)
    {
        if (http.HttpContext is not { } call || call.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is null)
        {
            return;
        }
        var written = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditInboxEntry)
            .GroupBy(e => (e.Metadata.ClrType.Name, e.State))
            .Select(g => $"{g.Key.Name} {g.Key.State.ToString().ToLowerInvariant()} ×{g.Count()}")
            .ToList();
        if (written.Count == 0)
        {
            return;
        }
        var entry = AuditEntry.For(Caller.From(call.User), call.Request.Path, "OK", clock.GetUtcNow().UtcDateTime);
        var what = $"{Purpose}: {string.Join(", ", written)}";
        entry.Purpose = what.Length <= 400 ? what : what[..400];
        context.Add(AuditInboxEntry.From(entry));
    }

    // Contexts whose saves carried a record into the inbox inside a transaction not yet committed.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _waitingForCommit = [];

    // Wakes the writer only when this save carried a record into the inbox, and only once it is committed: woken before,
    // the writer finds nothing and the record waits for the next wake-up.
    public void Recorded(DbContext context)
    {
        if (!context.ChangeTracker.Entries<AuditInboxEntry>().Any())
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            Trail.InboxFilled();
        }
        else
        {
            _waitingForCommit.AddOrUpdate(context, this);
        }
    }

    public void Committed(DbContext context)
    {
        if (_waitingForCommit.Remove(context))
        {
            Trail.InboxFilled();
        }
    }
}
