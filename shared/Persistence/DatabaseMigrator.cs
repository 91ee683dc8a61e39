using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.ServiceDefaults.Telemetry;

namespace Suite.Persistence;

/// <summary>
/// Applies pending migrations before the service takes calls (hosted services start before Kestrel),
/// unless <c>Database:MigrateOnStartup</c> is false, as when a DBA applies the SQL Server script. Instances that start
/// together take turns (<see cref="StartupLock"/>): the first migrates, the others find nothing pending.
/// </summary>
public sealed class DatabaseMigrator<TContext>(IServiceProvider services, IConfiguration configuration, DatabaseStartup startup, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    private static readonly ActivitySource Source = new(TelemetryExtensions.SourceName + ".Migrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await MigrateAsync(services, logger, cancellationToken);
        }
        startup.MarkMigrated();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrate {typeof(TContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var once = await StartupLock.AcquireAsync(context, "migrations", cancellationToken);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations to {Context}: {Migrations}", pending.Count, typeof(TContext).Name, string.Join(", ", pending));
        }
        await context.Database.MigrateAsync(cancellationToken);
    }
}
