using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Audit;

/// <summary>
/// Deletes audit records older than <c>Audit:RetentionDays</c> (default 183: at least six months, as MLPS level 3
/// requires) once a day. The oldest remaining record anchors the chain, signed in the checkpoint file.
/// </summary>
public sealed class AuditRetention<TContext>(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, AuditCheckpoints<TContext> checkpoints, ILogger<AuditRetention<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = Math.Max(183, configuration.GetValue("Audit:RetentionDays", 183));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
                var removed = await scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>()
                    .Where(e => e.Time < cutoff).ExecuteDeleteAsync(stoppingToken);
                if (removed > 0)
                {
                    // The oldest record kept is signed as the chain's new anchor: a cut made by anyone else shows.
                    var oldest = await scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().OrderBy(e => e.Id)
                        .Select(e => new { e.Id, e.PreviousHash }).FirstOrDefaultAsync(stoppingToken);
                    if (oldest is not null)
                    {
                        await checkpoints.AppendAsync(AuditCheckpoints<TContext>.Anchor, oldest.Id, oldest.PreviousHash, clock.GetUtcNow().UtcDateTime);
                    }
                    logger.LogInformation("Audit retention removed {Count} records older than {Days} days", removed, days);
                }
                await Task.Delay(TimeSpan.FromDays(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
