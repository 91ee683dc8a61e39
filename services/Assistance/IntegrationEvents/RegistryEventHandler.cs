using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Assistance.Rules;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using Suite.Persistence;
using Suite.RegistryClient;
using WomanRecord = Suite.Assistance.Model.WomanRecord;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// Applies a batch of Registry events in one transaction, in stream order, recording each event id: a redelivered
/// event is skipped. Keeps the women read model current; a woman flagged priority with no assistance gets an open
/// referral; a woman who left the ledger has her running benefits flagged for ending.
/// </summary>
public sealed class RegistryEventHandler(AssistanceDbContext db, ReferralFactory referrals, TimeProvider clock) : IStreamEventHandler
{
    private static readonly ApplicationStatus[] Running = [ApplicationStatus.Approved, ApplicationStatus.Active];

    public Task HandleAsync(StreamEvent e, CancellationToken ct) => HandleBatchAsync([e], ct);

    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApplyOnceAsync(events, fresh => ApplyAsync(fresh.Select(Parse).ToList(), now, ct), now, ct);
    }

    private async Task ApplyAsync(List<(StreamEvent Event, WomanSummary? Summary, object? Payload)> fresh, DateTime now, CancellationToken ct)
    {
        var womanIds = fresh.Where(f => f.Summary is not null).Select(f => f.Summary!.WomanId).Distinct().ToList();
        var women = await db.Women.Where(w => womanIds.Contains(w.WomanId)).ToDictionaryAsync(w => w.WomanId, ct);
        var served = await ServedAsync(fresh.Select(f => f.Payload).OfType<WomanPriorityFlagged>().Select(p => p.WomanId).ToList(), ct);
        // A batch mostly registers new women (a survey import): those rows, the event ids and the referrals are
        // written with one prepared insert each; records that already existed are updated through the change tracker.
        var added = new Dictionary<long, WomanRecord>();
        var opened = new List<ReferralRecord>();
        foreach (var (e, summary, payload) in fresh)
        {
            Apply(women, added, summary, e.EventId);
            switch (payload)
            {
                case WomanPriorityFlagged flagged when served.Add(flagged.WomanId):
                    opened.Add(ReferralFor(flagged));
                    break;
                case WomanExited exited:
                    await ProposeEndingAsync(exited, ct);
                    break;
            }
        }
        await db.InsertAsync(added.Values.ToList(), ct);
        await db.InsertAsync(opened, ct);
    }

    /// <summary>The event's payload and the woman's summary it carries (both null for event types this service ignores).</summary>
    private static (StreamEvent Event, WomanSummary? Summary, object? Payload) Parse(StreamEvent e)
    {
        var payload = RegistryEvents.Parse(e);
        return (e, RegistryEvents.SummaryOf(payload), payload);
    }

    private static void Apply(Dictionary<long, WomanRecord> women, Dictionary<long, WomanRecord> added, WomanSummary? summary, long eventId)
    {
        if (summary is null)
        {
            return;
        }
        if (!women.TryGetValue(summary.WomanId, out var record))
        {
            record = new WomanRecord { WomanId = summary.WomanId };
            added[summary.WomanId] = record;
            women[summary.WomanId] = record;
        }
        else if (record.LastEventId > eventId)
        {
            return; // a newer state is already here
        }
        record.VillageCode = summary.VillageCode;
        record.BirthDate = summary.BirthDate?.ToDateOnly();
        record.EconomicStatus = summary.EconomicStatus;
        record.Health = summary.Health;
        record.DisabilityCategory = summary.DisabilityCategory;
        record.DisabilityGrade = summary.DisabilityGrade;
        record.Priority = summary.Priority;
        record.LeftBehindSince = summary.LeftBehindSince?.ToDateOnly();
        record.VillageRural = summary.VillageRural;
        record.Active = summary.Status == LedgerStatus.Active;
        record.ConsentToShare = summary.ConsentToShare;
        record.LastEventId = eventId;
    }

    /// <summary>Of the women flagged in this batch, those who already have an open application or referral.</summary>
    private async Task<HashSet<long>> ServedAsync(List<long> flagged, CancellationToken ct)
    {
        if (flagged.Count == 0)
        {
            return [];
        }
        var applied = await db.Applications.Where(a => flagged.Contains(a.WomanId) && ApplicationWorkflow.Open.Contains(a.Status)).Select(a => a.WomanId).ToListAsync(ct);
        var referred = await db.Set<ReferralRecord>().Where(r => flagged.Contains(r.WomanId) && r.Open).Select(r => r.WomanId).ToListAsync(ct);
        return [.. applied, .. referred];
    }

    // A priority woman without help: Assistance's own referral, to its officers of her area.
    private ReferralRecord ReferralFor(WomanPriorityFlagged flagged) => referrals.Outgoing(ResourceNames.Assistance, flagged.WomanId, flagged.VillageCode,
        ReferralReason.PriorityWoman, [ReferralNeed.OneToOneHelp], ReferralUrgency.Routine, details: [.. flagged.Reasons.Select(r => r.ToString())]);

    private async Task ProposeEndingAsync(WomanExited exited, CancellationToken ct)
    {
        var running = await db.Applications.Where(a => a.WomanId == exited.WomanId && Running.Contains(a.Status)).ToListAsync(ct);
        foreach (var application in running)
        {
            application.EndingProposed = "she left the ledger: " + ProtoEnumNames.Of(exited.Reason);
        }
    }
}
