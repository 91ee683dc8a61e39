using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Persistence;

namespace Suite.Audit;

/// <summary>The audit log of one service: appends chained records and verifies the chain.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Tells the writer that records were committed to the inbox (<see cref="AuditInboxEntry"/>) and wait to be chained.</summary>
    void InboxFilled();

    IQueryable<AuditEntry> Query(IServiceScope scope);

    Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken);
}
