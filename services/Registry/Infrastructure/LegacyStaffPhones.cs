using Microsoft.EntityFrameworkCore;

namespace Suite.Registry.Infrastructure;

/// <summary>
/// At start-up, encrypts staff phone numbers still held in the plain column by an older version (reading one opens
/// it from that column, saving seals it into the cipher and clears the column), so no plain number stays at rest.
/// </summary>
public sealed class LegacyStaffPhones(IServiceScopeFactory scopes, ILogger<LegacyStaffPhones> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var legacy = await db.StaffMembers.Where(s => s.LegacyPhone != "").ToListAsync(cancellationToken);
        if (legacy.Count == 0)
        {
            return;
        }
        legacy.ForEach(s => _ = s.Phone);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Encrypted the phone numbers of {Count} staff members written before phones were encrypted", legacy.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
