using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Contracts.Common.V1;
using Suite.Events;
using Suite.Persistence;

namespace Suite.Casework;

/// <summary>
/// Keeps this service's side of referrals in step with the other's, from the other services' streams: a referral sent
/// to this service is received once (the sender hears again when it is accepted, returned or done: no receipt goes back,
/// which would double the writes a county's import sets off); an answer to a referral this service sent updates it;
/// a referral its sender withdrew is withdrawn here. Events addressed to others are passed over without touching the
/// database. What it applied is recorded under its own key ("{stream}#referrals"), apart from the stream's other handler.
/// </summary>
public sealed class ReferralEventHandler<TContext>(TContext db, TimeProvider clock, IOptions<ReferralOptions> options) : IStreamEventHandler
    where TContext : DbContext
{
    private static readonly ReferralStatus[] Progress = [ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Done];
    private string Me => options.Value.Service;

    public async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var mine = events.Select(e => (Event: e, Payload: Parse(e))).Where(e => e.Payload is not null).ToList();
        if (mine.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var keyed = mine.Select(e => e.Event with { Stream = e.Event.Stream + "#referrals" }).ToList();
        await db.ApplyOnceAsync(keyed, async fresh =>
        {
            var freshIds = fresh.Select(f => f.EventId).ToHashSet();
            foreach (var (_, payload) in mine.Where(e => freshIds.Contains(e.Event.EventId)))
            {
                switch (payload)
                {
                    case ReferralSent sent:
                        await ReceiveAsync(sent, now, ct);
                        break;
                    case ReferralAnswered answered:
                        await ApplyAnswerAsync(answered, now, ct);
                        break;
                }
            }
        }, now, ct);
    }

    // Only what concerns this service: referrals sent to it, and answers about its own or to its own.
    private object? Parse(StreamEvent e)
    {
        if (e.Type == ReferralSent.Descriptor.FullName && ReferralSent.Parser.ParseFrom(e.Data) is { } sent && sent.Target == Me && sent.Source != Me)
        {
            return sent;
        }
        if (e.Type == ReferralAnswered.Descriptor.FullName && ReferralAnswered.Parser.ParseFrom(e.Data) is { } answered && answered.Source != answered.Target
            && (answered.Source == Me || answered.Target == Me))
        {
            return answered;
        }
        return null;
    }

    private async Task ReceiveAsync(ReferralSent sent, DateTime now, CancellationToken ct)
    {
        if (await ReceivedCopy(sent.Source, sent.ReferralId).AnyAsync(ct))
        {
            return;
        }
        var received = new ReferralRecord
        {
            Sent = false, Source = sent.Source, Target = Me, RemoteId = sent.ReferralId, WomanId = sent.WomanId, VillageCode = sent.VillageCode, Reason = sent.Reason,
            Needs = [.. sent.Needs], Urgency = sent.Urgency, Sensitive = sent.Sensitive, Details = [.. sent.Details], DueDate = sent.DueDate.ToDateOnly(),
            CreatedBy = "service:" + sent.Source, CreatedAt = now, Version = 1,
        };
        received.MoveTo(ReferralStatus.Received, now);
        db.Add(received);
        CaseworkMetrics.Received.Add(1, new KeyValuePair<string, object?>("source", sent.Source));
    }

    private async Task ApplyAnswerAsync(ReferralAnswered answered, DateTime now, CancellationToken ct)
    {
        // An answer of the receiver about a referral this service sent; or the sender's withdrawal of one received here.
        var referral = answered.Source == Me && answered.Status != ReferralStatus.Withdrawn
            ? await db.Set<ReferralRecord>().FirstOrDefaultAsync(r => r.Sent && r.Id == answered.ReferralId, ct)
            : await ReceivedCopy(answered.Source, answered.ReferralId).FirstOrDefaultAsync(ct);
        if (referral is null || !referral.Open || !Forward(referral.Status, answered.Status))
        {
            return; // a late or repeated answer never moves a referral back
        }
        referral.OwnerName = answered.OwnerName.Length > 0 ? answered.OwnerName : referral.OwnerName;
        referral.Outcome = answered.Outcome;
        referral.ReturnReason = answered.ReturnReason;
        referral.MoveTo(answered.Status, now);
        CaseworkMetrics.Answered.Add(1, new KeyValuePair<string, object?>("status", Suite.Contracts.Common.ProtoEnumNames.Of(answered.Status)));
    }

    // The copy of a sender's referral kept here. Spelled out in SQL so that SQLite uses the filtered unique index on
    // (Source, RemoteId): EF writes NOT "Sent", which SQLite does not match to the index's "Sent = 0", and every event
    // of a county's import scanned every referral.
    private IQueryable<ReferralRecord> ReceivedCopy(string source, long remoteId) => db.Set<ReferralRecord>()
        .FromSql($"""SELECT * FROM "Referrals" WHERE "Sent" = 0 AND "RemoteId" > 0 AND "Source" = {source} AND "RemoteId" = {remoteId}""");

    private static bool Forward(ReferralStatus from, ReferralStatus to) =>
        to is ReferralStatus.Returned or ReferralStatus.Withdrawn || Array.IndexOf(Progress, to) > Array.IndexOf(Progress, from);
}
