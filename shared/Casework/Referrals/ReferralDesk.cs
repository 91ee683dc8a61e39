using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;

namespace Suite.Casework;

/// <summary>
/// A service's side of referrals: send (to another department's service through the outbox, or to itself), accept,
/// complete, return and withdraw, and the inbox, sent and overdue lists of an area. Each change the other side must
/// know of goes out as an event in the change's own transaction.
/// </summary>
public sealed class ReferralDesk<TContext>(TContext db, IReferralWomen women, ReferralFactory factory, CurrentCaller caller, OutboxSignal signal, TimeProvider clock)
    where TContext : DbContext
{
    public const string ResourceType = "suite.common.v1.Referral";
    private string Me => factory.Me;

    public async Task<Referral> SendAsync(SendReferralRequest request, CancellationToken ct)
    {
        ReferralValidator.Validate(request);
        var (referral, created) = await db.CreateOnceAsync<ReferralRecord>(r => r.RequestId == request.RequestId, async () =>
        {
            var woman = await women.GetAsync(request.WomanId, ct);
            caller.Scope.RequireWrite(woman.VillageCode, "woman_id");
            await RefuseSecondAsync(request.Target, woman.Id, request.Reason, ct);
            var urgency = request.Urgency == ReferralUrgency.Unspecified ? ReferralUrgency.Routine : request.Urgency;
            var record = factory.Outgoing(request.Target, woman.Id, woman.VillageCode, request.Reason, [.. request.Needs.Distinct()], urgency, sensitive: request.Reason == ReferralReason.SafetyRisk);
            (record.RequestId, record.Note, record.CreatedBy) = (request.RequestId, request.Note.Trim(), caller.Caller.Subject);
            db.Add(record);
            await db.SaveWithEventsAsync(() => ReferralFactory.EventsOf(record), signal, clock, ct);
            return record;
        }, new(caller.Scope, ResourceType, x => x.VillageCode, x => x.Id), ct, onLostRace: () => RefuseSecondAsync(request.Target, request.WomanId, request.Reason, ct));
        return Present(referral);
    }

    /// <summary>Whether she has an open referral of this reason to this target already (a service opening one checks first).</summary>
    public Task<bool> HasOpenAsync(string target, long womanId, ReferralReason reason, CancellationToken ct) =>
        db.Set<ReferralRecord>().AnyAsync(r => r.Open && r.Target == target && r.WomanId == womanId && r.Reason == reason && (r.Sent || r.Source == Me), ct);

    private async Task RefuseSecondAsync(string target, long womanId, ReferralReason reason, CancellationToken ct)
    {
        var open = await db.Set<ReferralRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Open && r.Target == target && r.WomanId == womanId && r.Reason == reason && (r.Sent || r.Source == Me), ct);
        if (open is not null)
        {
            throw new ResourceAlreadyExistsException(ResourceType, Id(open.Id), $"An open referral of woman {womanId} to {target} for this reason");
        }
    }

    public async Task<Referral> GetAsync(long id, CancellationToken ct) =>
        Present(await db.FindInScopeAsync<ReferralRecord>(id, r => r.VillageCode, caller.Scope, ResourceType, ct));

    public async Task<Referral> AcceptAsync(AcceptReferralRequest request, CancellationToken ct)
    {
        ReferralValidator.Validate(request);
        var referral = await ReceivedAsync(request.Id, request.Etag, ct);
        Require(referral, ReferralStatus.Received, "accepted");
        (referral.Owner, referral.OwnerName) = request.Owner.Length > 0 ? (request.Owner, request.OwnerName) : (caller.Caller.Subject, caller.Caller.Name);
        return await AnswerAsync(referral, ReferralStatus.Accepted, ct);
    }

    public async Task<Referral> CompleteAsync(CompleteReferralRequest request, CancellationToken ct)
    {
        ReferralValidator.Validate(request);
        var referral = await ReceivedAsync(request.Id, request.Etag, ct);
        Require(referral, ReferralStatus.Accepted, "closed");
        referral.Outcome = request.Outcome;
        return await AnswerAsync(referral, ReferralStatus.Done, ct);
    }

    public async Task<Referral> ReturnAsync(ReturnReferralRequest request, CancellationToken ct)
    {
        ReferralValidator.Validate(request);
        var referral = await ReceivedAsync(request.Id, request.Etag, ct);
        if (referral.Status is not (ReferralStatus.Received or ReferralStatus.Accepted))
        {
            throw new PreconditionFailedException("Referral {0} is {1}: only a referral not yet closed can be returned.", referral.Id, ReferralWords.Status(referral.Status));
        }
        referral.ReturnReason = request.Reason;
        return await AnswerAsync(referral, ReferralStatus.Returned, ct);
    }

    public async Task<Referral> WithdrawAsync(WithdrawReferralRequest request, CancellationToken ct)
    {
        ReferralValidator.Validate(request.Id, request.Etag);
        var referral = (await db.FindInScopeAsync<ReferralRecord>(request.Id, r => r.VillageCode, caller.Scope, ResourceType, ct)).RequireEtag(request.Etag, ResourceType, request.Id);
        if (referral.Source != Me || !referral.Open)
        {
            throw new PreconditionFailedException("Referral {0} is not an open referral this department sent: it cannot be withdrawn.", referral.Id);
        }
        return await AnswerAsync(referral, ReferralStatus.Withdrawn, ct);
    }

    /// <summary>Closes her open referrals of a reason that this service sent (a need taken off her form), telling their targets.</summary>
    public async Task WithdrawOpenAsync(long womanId, ReferralReason reason, IReadOnlyCollection<string> targets, CancellationToken ct)
    {
        var open = await db.Set<ReferralRecord>().Where(r => r.Open && r.WomanId == womanId && r.Reason == reason && targets.Contains(r.Target) && (r.Sent || r.Source == Me)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var referral in open)
        {
            referral.MoveTo(ReferralStatus.Withdrawn, now);
        }
        db.AddRange(open.Where(r => r.Sent).Select(r => OutboxMessage.For(ReferralEvents.Answered(r), now)));
    }

    public Task<ListReferralsResponse> ListInboxAsync(ListReferralsRequest request, CancellationToken ct) =>
        ListAsync(request, "inbox", db.Set<ReferralRecord>().Where(r => !r.Sent), r => r.Id, descending: true, ct);

    public Task<ListReferralsResponse> ListSentAsync(ListReferralsRequest request, CancellationToken ct) =>
        ListAsync(request, "sent", db.Set<ReferralRecord>().Where(r => r.Sent || r.Source == Me), r => r.Id, descending: true, ct);

    public Task<ListReferralsResponse> ListOverdueAsync(ListReferralsRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        return ListAsync(request, $"overdue:{today}", db.Set<ReferralRecord>().Where(r => !r.Sent && r.Open && r.DueDate < today), r => r.DueDate, descending: false, ct);
    }

    /// <summary>The referrals received in an area and period (China dates of receipt), by how they were answered; sensitive ones only for sensitive.read.</summary>
    public async Task<ReferralStatistics> StatisticsAsync(GetReferralStatisticsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var (start, end) = (ChinaCalendar.StartUtc(from), ChinaCalendar.EndUtc(to));
        var seesSensitive = caller.Has(SuitePermissions.SensitiveRead);
        var received = await db.Set<ReferralRecord>().AsNoTracking()
            .Where(r => !r.Sent && r.VillageCode.StartsWith(area) && r.CreatedAt >= start && r.CreatedAt < end && (seesSensitive || !r.Sensitive))
            .Select(r => new { r.Open, r.DueDate, r.UpdatedAt }).ToListAsync(ct);
        var today = clock.Today();
        // A closed referral was answered when it was last changed (closing is its last change).
        bool OnTime(DateTime closedAt, DateOnly due) => DateOnly.FromDateTime(closedAt + ChinaCalendar.Offset) <= due;
        return new ReferralStatistics
        {
            AreaCode = area, Received = received.Count,
            AnsweredOnTime = received.LongCount(r => !r.Open && OnTime(r.UpdatedAt, r.DueDate)),
            AnsweredLate = received.LongCount(r => !r.Open && !OnTime(r.UpdatedAt, r.DueDate)),
            OpenOverdue = received.LongCount(r => r.Open && r.DueDate < today),
            OpenInTime = received.LongCount(r => r.Open && r.DueDate >= today),
        };
    }

    private async Task<ListReferralsResponse> ListAsync<TKey>(ListReferralsRequest request, string list, IQueryable<ReferralRecord> query,
        System.Linq.Expressions.Expression<Func<ReferralRecord, TKey>> key, bool descending, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        if (request.WomanId < 0)
        {
            throw ValidationFailedException.For("woman_id", "must not be negative");
        }
        query = query.AsNoTracking().Where(r => r.VillageCode.StartsWith(area));
        if (request.Status != ReferralStatus.Unspecified)
        {
            query = query.Where(r => r.Status == request.Status);
        }
        if (request.WomanId > 0)
        {
            query = query.Where(r => r.WomanId == request.WomanId);
        }
        var page = PageRequest.Of(request.PageSize, request.PageToken, $"referrals:{list}:{area}:{request.Status}:{request.WomanId}");
        var rows = typeof(TKey) == typeof(long)
            ? await query.PageAsync(page, r => r.Id, newestFirst: descending, ct)
            : await query.PageAsync(page, key, r => r.Id, descending, ct);
        return new ListReferralsResponse { Referrals = { rows.Items.Select(Present) }, NextPageToken = rows.NextPageToken };
    }

    private async Task<ReferralRecord> ReceivedAsync(long id, string etag, CancellationToken ct)
    {
        var referral = (await db.FindInScopeAsync<ReferralRecord>(id, r => r.VillageCode, caller.Scope, ResourceType, ct)).RequireEtag(etag, ResourceType, id);
        if (referral.Sent)
        {
            throw new PreconditionFailedException("Referral {0} was sent by this department: only its receiver answers it.", referral.Id);
        }
        return referral;
    }

    private static void Require(ReferralRecord referral, ReferralStatus status, string verb)
    {
        if (referral.Status != status)
        {
            throw new PreconditionFailedException(verb == "accepted" ? "Referral {0} is {1}: it cannot be accepted now." : "Referral {0} is {1}: it cannot be closed now.",
                referral.Id, ReferralWords.Status(referral.Status));
        }
    }

    // The change and its answer to the other side (none for a referral to itself) in one transaction.
    private async Task<Referral> AnswerAsync(ReferralRecord referral, ReferralStatus status, CancellationToken ct)
    {
        referral.MoveTo(status, clock.GetUtcNow().UtcDateTime);
        var tellsOtherSide = referral.Source != referral.Target;
        await db.SaveWithEventsAsync(() => tellsOtherSide ? [ReferralEvents.Answered(referral)] : [], signal, clock, ct);
        return Present(referral);
    }

    /// <summary>The referral as the caller may see it: the reason, source and details of one from a sensitive matter only with sensitive.read; the note on the sender's side.</summary>
    public Referral Present(ReferralRecord r)
    {
        var told = !r.Sensitive || caller.Has(SuitePermissions.SensitiveRead);
        var (reason, source, details) = told ? (r.Reason, r.Source, r.Details) : (ReferralReason.Unspecified, "", []);
        return new Referral
        {
            Id = r.Id, Sent = r.Sent, Source = source, Target = r.Target, WomanId = r.WomanId, VillageCode = r.VillageCode, Reason = reason, Needs = { r.Needs },
            Urgency = r.Urgency, Note = r.Sent || r.Source == Me ? r.Note : "", Status = r.Status, Owner = r.Owner, OwnerName = r.OwnerName, DueDate = Date.From(r.DueDate),
            Outcome = r.Outcome, ReturnReason = r.ReturnReason, Text = ReferralWords.Of(reason, r.Source == r.Target ? "" : source, r.Needs, r.Urgency, details),
            CreateTime = r.CreatedAt.ToUtcTimestamp(), UpdateTime = r.UpdatedAt.ToUtcTimestamp(), Etag = Id(r.Version),
        };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
