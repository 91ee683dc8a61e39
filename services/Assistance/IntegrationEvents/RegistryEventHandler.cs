using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.ServiceDefaults.Events;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// Applies a batch of Registry events in one transaction, in stream order, recording each event id: a redelivered
/// event is skipped. Keeps the women read model current; a woman flagged priority with no assistance gets an open
/// referral; a woman who left the ledger has her running benefits flagged for ending.
/// </summary>
public sealed class RegistryEventHandler(AssistanceDbContext db, TimeProvider clock)
{
    private static readonly ApplicationStatus[] Running = [ApplicationStatus.Approved, ApplicationStatus.Active];
    private static readonly ApplicationStatus[] Open = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Active];

    public Task HandleAsync(StreamEvent e, CancellationToken ct) => HandleBatchAsync([e], ct);

    public async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var stream = events[0].Stream;
        var ids = events.Select(e => e.EventId).ToList();
        var processed = (await db.ProcessedEvents.Where(p => p.Stream == stream && ids.Contains(p.EventId)).Select(p => p.EventId).ToListAsync(ct)).ToHashSet();
        var fresh = events.Where(e => processed.Add(e.EventId)).Select(Parse).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var womanIds = fresh.Where(f => f.Summary is not null).Select(f => f.Summary!.WomanId).Distinct().ToList();
        var women = await db.Women.Where(w => womanIds.Contains(w.WomanId)).ToDictionaryAsync(w => w.WomanId, ct);
        var referred = new HashSet<long>();
        foreach (var (e, summary, payload) in fresh)
        {
            Apply(women, summary, e.EventId);
            switch (payload)
            {
                case WomanPriorityFlagged flagged when referred.Add(flagged.WomanId):
                    await ReferIfUnservedAsync(flagged, e.EventId, now, ct);
                    break;
                case WomanExited exited:
                    await ProposeEndingAsync(exited, ct);
                    break;
            }
            db.ProcessedEvents.Add(new ProcessedEvent { Stream = e.Stream, EventId = e.EventId, ProcessedAt = now });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The event's payload and the woman's summary it carries (null for event types this service ignores).</summary>
    private static (StreamEvent Event, WomanSummary? Summary, object? Payload) Parse(StreamEvent e) => e.Type switch
    {
        var t when t == WomanRegistered.Descriptor.FullName => (e, WomanRegistered.Parser.ParseFrom(e.Data).Summary, null),
        var t when t == WomanChanged.Descriptor.FullName => (e, WomanChanged.Parser.ParseFrom(e.Data).Summary, null),
        var t when t == WomanPriorityFlagged.Descriptor.FullName => WithSummary(e, WomanPriorityFlagged.Parser.ParseFrom(e.Data), p => p.Summary),
        var t when t == WomanExited.Descriptor.FullName => WithSummary(e, WomanExited.Parser.ParseFrom(e.Data), p => p.Summary),
        _ => (e, null, null),
    };

    private static (StreamEvent, WomanSummary?, object?) WithSummary<T>(StreamEvent e, T payload, Func<T, WomanSummary?> summary) => (e, summary(payload), payload);

    private void Apply(Dictionary<long, WomanRecord> women, WomanSummary? summary, long eventId)
    {
        if (summary is null)
        {
            return;
        }
        if (!women.TryGetValue(summary.WomanId, out var record))
        {
            record = new WomanRecord { WomanId = summary.WomanId };
            db.Women.Add(record);
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

    private async Task ReferIfUnservedAsync(WomanPriorityFlagged flagged, long eventId, DateTime now, CancellationToken ct)
    {
        var served = await db.Applications.AnyAsync(a => a.WomanId == flagged.WomanId && Open.Contains(a.Status), ct)
            || await db.Referrals.AnyAsync(r => r.WomanId == flagged.WomanId && r.Open, ct);
        if (!served)
        {
            db.Referrals.Add(new Model.Referral
            {
                WomanId = flagged.WomanId,
                VillageCode = flagged.VillageCode,
                Reason = "priority: " + string.Join(", ", flagged.Reasons),
                SourceEventId = eventId,
                CreatedAt = now,
            });
        }
    }

    private async Task ProposeEndingAsync(WomanExited exited, CancellationToken ct)
    {
        var running = await db.Applications.Where(a => a.WomanId == exited.WomanId && Running.Contains(a.Status)).ToListAsync(ct);
        foreach (var application in running)
        {
            application.EndingProposed = "she left the ledger: " + ProtoEnumNames.Of(exited.Reason);
        }
    }
}
