using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Suite.Persistence;

/// <summary>
/// A service runs as a server by default; <c>migrate</c> as first argument applies the migrations and exits
/// (for deployments where the schema is changed before the new version starts).
/// </summary>
public static class ServiceCommands
{
    public static async Task<int> RunOrMigrateAsync<TContext>(this WebApplication app, string[] args) where TContext : DbContext
    {
        if (args.Length > 0 && args[0] == "migrate")
        {
            await DatabaseMigrator<TContext>.MigrateAsync(app.Services, app.Logger, CancellationToken.None);
            app.Logger.LogInformation("Migrations applied.");
            return 0;
        }
        await app.RunAsync();
        return 0;
    }
}
