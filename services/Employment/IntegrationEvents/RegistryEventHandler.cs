using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Employment.Infrastructure;
using Suite.Events;
using Suite.RegistryClient;

namespace Suite.Employment.IntegrationEvents;

/// <summary>
/// Keeps the registered job-seekers current from the Registry's events, one transaction per batch, each event applied
/// once: a moved woman's village follows her, and a woman who left the ledger drops out of matching.
/// </summary>
public sealed class RegistryEventHandler(EmploymentDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct) =>
        db.ApplyOnceAsync(events, fresh => ApplyAsync(fresh, ct), clock.GetUtcNow().UtcDateTime, ct);

    private async Task ApplyAsync(List<StreamEvent> fresh, CancellationToken ct)
    {
        var summaries = fresh.Select(RegistryEvents.SummaryOf).OfType<WomanSummary>().ToList();
        var ids = summaries.Select(s => s.WomanId).Distinct().ToList();
        var seekers = await db.JobSeekers.Where(j => ids.Contains(j.WomanId)).ToDictionaryAsync(j => j.WomanId, ct);
        foreach (var summary in summaries)
        {
            if (seekers.TryGetValue(summary.WomanId, out var seeker))
            {
                seeker.VillageCode = summary.VillageCode;
                seeker.Active = summary.Status == LedgerStatus.Active;
            }
        }
    }
}
