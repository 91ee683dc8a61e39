using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.FamilyEducation.Rules;
using Suite.Persistence;
using Suite.RegistryClient;

namespace Suite.FamilyEducation.IntegrationEvents;

/// <summary>
/// Keeps the households from the Registry's events, one transaction per batch, each event applied once and never
/// over a newer one: her village, whether she is on the ledger, and her children (birth date and schooling only, and
/// only when she consented to sharing, so a withdrawn consent empties them).
/// </summary>
public sealed class RegistryEventHandler(FamilyEducationDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct) =>
        db.ApplyOnceAsync(events, fresh => ApplyAsync(fresh, ct), clock.GetUtcNow().UtcDateTime, ct);

    private async Task ApplyAsync(List<StreamEvent> fresh, CancellationToken ct)
    {
        var summaries = fresh.Select(e => (Event: e, Summary: RegistryEvents.SummaryOf(e))).Where(x => x.Summary is not null).ToList();
        var ids = summaries.Select(s => s.Summary!.WomanId).Distinct().ToList();
        var households = await db.Households.Where(h => ids.Contains(h.WomanId)).ToDictionaryAsync(h => h.WomanId, ct);
        // A survey import registers women by the thousand: their new rows go in with one prepared insert; households
        // already here are updated through the change tracker.
        var added = new List<HouseholdRecord>();
        foreach (var (e, summary) in summaries)
        {
            if (!households.TryGetValue(summary!.WomanId, out var household))
            {
                household = new HouseholdRecord { WomanId = summary.WomanId };
                households.Add(household.WomanId, household);
                added.Add(household);
            }
            else if (household.LastEventId > e.EventId)
            {
                continue; // a newer state is here already
            }
            household.VillageCode = summary.VillageCode;
            household.Active = summary.Status == LedgerStatus.Active;
            household.Children = summary.Children.Select(c => new ChildRecord { BirthDate = c.BirthDate?.TryToDateOnly(out var born) == true ? born : null, Schooling = c.Schooling }).ToList();
            household.YoungestChildBirth = MinorChildren.Youngest(household.Children);
            household.LastEventId = e.EventId;
        }
        await db.InsertAsync(added, ct);
    }
}
