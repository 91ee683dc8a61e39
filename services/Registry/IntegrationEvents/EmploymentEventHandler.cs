using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Employment.V1;
using Suite.Domain;
using Suite.Events;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.UseCases;
using EmploymentStatus = Suite.Contracts.Registry.V1.EmploymentStatus;
using Woman = Suite.Registry.Model.Woman;

namespace Suite.Registry.IntegrationEvents;

/// <summary>
/// Information sharing (信息共享): Employment's placements and certificates update the ledger, a change record per field
/// with the reason "employment service", in one transaction per batch with the events they raise; each event once.
/// </summary>
public sealed class EmploymentEventHandler(RegistryDbContext db, WomanCache cache, OutboxSignal signal, TimeProvider clock) : IStreamEventHandler
{
    public const string Reason = "employment service";
    private const string RecordedBy = "人社就业服务";
    private const string Subject = "service:employment";

    public async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var fresh = await db.UnprocessedAsync(events, ct);
        if (fresh.Count == 0)
        {
            return;
        }
        var changes = fresh.Select(Change).OfType<(long WomanId, Action<Woman> Apply)>().ToList();
        var ids = changes.Select(c => c.WomanId).Distinct().ToList();
        var women = await db.Women.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<(Woman Woman, IEnumerable<string> Fields, Contracts.Registry.V1.PriorityLevel PriorityBefore)>();
        foreach (var (womanId, apply) in changes)
        {
            if (!women.TryGetValue(womanId, out var woman))
            {
                continue; // not on the ledger (any more): nothing to update
            }
            var before = WomanSnapshot.Of(woman);
            var priorityBefore = woman.Priority;
            apply(woman);
            var diff = before.Diff(WomanSnapshot.Of(woman));
            if (diff.Count == 0)
            {
                continue;
            }
            woman.UpdatedAt = now;
            db.ChangeRecords.AddRange(ChangeRecords.For(woman.Id, diff, Reason, clock.Today(), RecordedBy, Subject, now));
            changed.Add((woman, diff.Select(d => d.Field.Split('.')[0]).Distinct().ToList(), priorityBefore));
        }
        await db.SaveWithEventsAsync(() => changed.SelectMany(c => WomanEvents.Changed(c.Woman, c.Fields, c.PriorityBefore)), signal, clock, ct,
            insertNew: token => db.RecordProcessedAsync(fresh, now, token));
        await cache.InvalidateAsync(changed.Select(c => c.Woman.Id).ToList());
        db.ChangeTracker.Clear();
    }

    private static (long, Action<Woman>)? Change(StreamEvent e) => e.Type switch
    {
        var t when t == WomanPlaced.Descriptor.FullName => Placed(WomanPlaced.Parser.ParseFrom(e.Data)),
        var t when t == PlacementEnded.Descriptor.FullName => (PlacementEnded.Parser.ParseFrom(e.Data).WomanId, w => w.EmploymentStatus = EmploymentStatus.Unemployed),
        var t when t == CertificateEarned.Descriptor.FullName => Certified(CertificateEarned.Parser.ParseFrom(e.Data)),
        _ => null,
    };

    private static (long, Action<Woman>) Placed(WomanPlaced placed) => (placed.WomanId, w => w.EmploymentStatus = EmploymentStatus.Employed);

    // The certificate becomes a skill in the ledger's words, e.g. "家政(初级工)".
    private static (long, Action<Woman>) Certified(CertificateEarned earned)
    {
        var skill = $"{TradeWords.Of(earned.Trade)}({earned.Level})";
        return (earned.WomanId, w => AddSkill(w, skill));
    }

    private static void AddSkill(Woman woman, string skill)
    {
        if (!woman.Skills.Contains(skill))
        {
            woman.Skills = [.. woman.Skills, skill];
        }
    }
}
