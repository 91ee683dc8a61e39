using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Hosting;

namespace Suite.Audit;

/// <summary>
/// Deletes audit records older than <c>Audit:RetentionDays</c> (default 183: at least six months, as MLPS level 3
/// requires) once a day. The oldest remaining record anchors the chain, signed in the checkpoints.
/// </summary>
public sealed class AuditRetention<TContext>(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, AuditCheckpoints<TContext> checkpoints,
    BackgroundLoopHealth health, ILogger<AuditRetention<TContext>> logger)
    : BackgroundLoop(health, logger) where TContext : DbContext
{
    private readonly int _days = Math.Max(183, configuration.GetValue("Audit:RetentionDays", 183));

    public override string Name => "audit retention";

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await RemoveExpiredAsync(stoppingToken);
        await Task.Delay(TimeSpan.FromDays(1), stoppingToken);
    }

    /// <summary>Removes the records past retention; returns how many.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-_days);
        var removed = await db.Set<AuditEntry>().Where(e => e.Time < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return 0;
        }
        // The oldest record kept is signed as the chain's new anchor: a cut made by anyone else shows.
        var oldest = await db.Set<AuditEntry>().OrderBy(e => e.Id).Select(e => new { e.Id, e.PreviousHash }).FirstOrDefaultAsync(cancellationToken);
        if (oldest is not null)
        {
            await checkpoints.AppendAsync(AuditCheckpoints<TContext>.Anchor, oldest.Id, oldest.PreviousHash, clock.GetUtcNow().UtcDateTime);
        }
        logger.LogInformation("Audit retention removed {Count} records older than {Days} days", removed, _days);
        return removed;
    }
}
