using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Persistence;

/// <summary>Ready only when the database answers: without it the service cannot do anything useful. Starting (degraded,
/// a warning) while the start-up migration runs.</summary>
public sealed class DatabaseHealthCheck<TContext>(IServiceScopeFactory scopes, DatabaseStartup startup) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.Migrated)
        {
            return HealthCheckResult.Degraded("Starting: the database is being migrated.");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
