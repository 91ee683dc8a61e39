using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.ServiceDefaults.Events;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// Applies one Registry event in one transaction, recording its id: a redelivered event is skipped. Keeps the women
/// read model current; a woman flagged priority with no assistance gets an open referral; a woman who left the
/// ledger has her running benefits flagged for ending.
/// </summary>
public sealed class RegistryEventHandler(AssistanceDbContext db, TimeProvider clock)
{
    private static readonly ApplicationStatus[] Running = [ApplicationStatus.Approved, ApplicationStatus.Active];
    private static readonly ApplicationStatus[] Open = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Active];

    public async Task HandleAsync(StreamEvent e, CancellationToken ct)
    {
        if (await db.ProcessedEvents.AnyAsync(p => p.Stream == e.Stream && p.EventId == e.EventId, ct))
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (e.Type)
        {
            case var t when t == WomanRegistered.Descriptor.FullName:
                await ApplyAsync(WomanRegistered.Parser.ParseFrom(e.Data).Summary, e.EventId, ct);
                break;
            case var t when t == WomanChanged.Descriptor.FullName:
                await ApplyAsync(WomanChanged.Parser.ParseFrom(e.Data).Summary, e.EventId, ct);
                break;
            case var t when t == WomanPriorityFlagged.Descriptor.FullName:
                var flagged = WomanPriorityFlagged.Parser.ParseFrom(e.Data);
                await ApplyAsync(flagged.Summary, e.EventId, ct);
                await ReferIfUnservedAsync(flagged, e.EventId, now, ct);
                break;
            case var t when t == WomanExited.Descriptor.FullName:
                var exited = WomanExited.Parser.ParseFrom(e.Data);
                await ApplyAsync(exited.Summary, e.EventId, ct);
                await ProposeEndingAsync(exited, ct);
                break;
        }
        db.ProcessedEvents.Add(new ProcessedEvent { Stream = e.Stream, EventId = e.EventId, ProcessedAt = now });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task ApplyAsync(WomanSummary? summary, long eventId, CancellationToken ct)
    {
        if (summary is null)
        {
            return;
        }
        var record = await db.Women.FirstOrDefaultAsync(w => w.WomanId == summary.WomanId, ct);
        if (record is null)
        {
            record = new WomanRecord { WomanId = summary.WomanId };
            db.Women.Add(record);
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
