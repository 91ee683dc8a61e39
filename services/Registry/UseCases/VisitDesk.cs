using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>
/// The village visit (定期探访): recorded by staff of her area (village staff for their own village), it sets when she
/// is next due by her priority and the county's frequencies, and may send the needs it found to the departments that
/// meet them in the same transaction (one referral per department, reason "found on a visit").
/// </summary>
public sealed class VisitDesk(RegistryDbContext db, CurrentCaller caller, WomanDisclosure disclosure, VisitFrequency frequency, ReferralFactory referrals, ReferralDesk<RegistryDbContext> presenter,
    WomanCache cache, OutboxSignal signal, TimeProvider clock)
{
    public const string VisitType = "suite.registry.v1.Visit";

    public async Task<Proto.RecordVisitResponse> RecordAsync(Proto.RecordVisitRequest request, CancellationToken ct)
    {
        Validate(request, clock.Today());
        var (visit, created) = await db.CreateOnceAsync<VisitRecord>(v => v.RequestId == request.RequestId, () => RecordOnceAsync(request, ct), new(caller.Scope, VisitType, x => x.VillageCode, x => x.Id), ct);
        if (created)
        {
            RegistryMetrics.VisitsRecorded.Add(1);
        }
        var sent = await db.Set<ReferralRecord>().AsNoTracking().Where(r => visit.ReferralIds.Contains(r.Id)).ToListAsync(ct);
        return new Proto.RecordVisitResponse { Visit = ToProto(visit), Referrals = { sent.Select(presenter.Present) } };
    }

    private async Task<VisitRecord> RecordOnceAsync(Proto.RecordVisitRequest request, CancellationToken ct)
    {
        var v = request.Visit;
        var woman = await db.FindInScopeAsync<Woman>(v.WomanId, w => w.VillageCode, caller.Scope, WomenLedger.ResourceType, ct, "visit.woman_id");
        caller.Scope.RequireWrite(woman.VillageCode, "visit.woman_id");
        if (woman.Status != Proto.LedgerStatus.Active)
        {
            throw new PreconditionFailedException("Woman {0} has exited the ledger: she is not visited.", woman.Id);
        }
        var date = v.Date.ToDateOnly();
        var visit = new VisitRecord
        {
            RequestId = request.RequestId, WomanId = woman.Id, VillageCode = woman.VillageCode, Date = date, Visitor = v.Visitor.Trim(), Method = v.Method,
            NeedsFound = NeedSets.Of(v.NeedsFound), Risks = [.. v.Risks.Distinct()], SituationChanged = v.SituationChanged, Note = v.Note.Trim(),
            NextDue = date.AddDays(frequency.DaysFor(woman.VillageCode, woman.Priority)), RecordedBy = caller.Caller.Subject, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        // The next visit is due from this one, unless an assessment asked for her sooner.
        woman.NextVisitDate = woman.NextVisitDate is { } asked && asked > date && asked < visit.NextDue ? asked : visit.NextDue;
        woman.UpdatedAt = visit.RecordedAt;
        var opened = request.ReferNeeds ? await ReferralsAsync(woman, visit.NeedsFound, request.Urgency, ct) : [];
        db.Visits.Add(visit);
        db.AddRange(opened);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            // The visit names the referrals it sent, and their events go out, now that they have ids.
            visit.ReferralIds = [.. opened.Select(r => r.Id)];
            db.AddRange(opened.SelectMany(ReferralFactory.EventsOf).Select(e => OutboxMessage.For(e, visit.RecordedAt)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        if (opened.Count > 0)
        {
            signal.Notify();
        }
        await cache.InvalidateAsync(woman.Id);
        return visit;
    }

    // One referral per department whose needs the visit found and she consented to share, unless one for a visit
    // finding is open there already.
    private async Task<List<ReferralRecord>> ReferralsAsync(Woman woman, NeedSet needs, ReferralUrgency urgency, CancellationToken ct)
    {
        var byTarget = NeedReferralRule.ByTarget(NeedReferralRule.Shareable(woman, needs));
        var open = await db.Set<ReferralRecord>().Where(r => r.Open && r.Sent && r.WomanId == woman.Id && r.Reason == ReferralReason.VisitFinding)
            .Select(r => r.Target).ToListAsync(ct);
        return byTarget.Where(t => !open.Contains(t.Key))
            .Select(t => referrals.Outgoing(t.Key, woman.Id, woman.VillageCode, ReferralReason.VisitFinding, t.Value,
                urgency == ReferralUrgency.Unspecified ? ReferralUrgency.Routine : urgency))
            .ToList();
    }

    public async Task<Proto.ListVisitsResponse> ListAsync(Proto.ListVisitsRequest request, CancellationToken ct)
    {
        if (request.WomanId <= 0)
        {
            throw ValidationFailedException.For("woman_id", "is required");
        }
        await db.AreaInScopeAsync<Woman>(request.WomanId, w => w.VillageCode, caller.Scope, WomenLedger.ResourceType, ct, "woman_id");
        var page = await db.Visits.AsNoTracking().Where(v => v.WomanId == request.WomanId)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"visits:{request.WomanId}"), v => v.Id, newestFirst: true, ct);
        return new Proto.ListVisitsResponse { Visits = { page.Items.Select(ToProto) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.ListOverdueVisitsResponse> ListDueAsync(Proto.ListDueVisitsRequest request, CancellationToken ct)
    {
        if (request.WithinDays is < 0 or > 90)
        {
            throw ValidationFailedException.For("within_days", "must be 0 to 90");
        }
        var area = caller.AreaFor(request.AreaCode);
        var today = clock.Today();
        var until = request.WithinDays == 0 ? today.AddDays(-1) : today.AddDays(request.WithinDays);
        var page = await db.Women.AsNoTracking().InArea(area).SharedWith(disclosure)
            .Where(w => w.Status == Proto.LedgerStatus.Active && w.NextVisitDate != null && w.NextVisitDate <= until)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"due:{area}:{request.WithinDays}:{today}"), w => w.NextVisitDate, w => w.Id, descending: false, ct);
        return new Proto.ListOverdueVisitsResponse
        {
            Women = { page.Items.Select(w => disclosure.Present(w.ToProto().WithLeftBehind(today), reveal: false)) },
            NextPageToken = page.NextPageToken,
        };
    }

    private static void Validate(Proto.RecordVisitRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        var v = request.Visit;
        if (v is null)
        {
            errors.Add("visit", "is required");
            errors.ThrowIfAny();
        }
        errors.Require(v!.WomanId > 0, "visit.woman_id", "is required");
        errors.PastDate("visit.date", v.Date, today, required: true);
        errors.Text("visit.visitor", v.Visitor, 50, required: true);
        errors.Require(v.Method is Proto.VisitMethod.InPerson or Proto.VisitMethod.Phone, "visit.method", "must be in person or by phone");
        errors.Require(v.NeedsFound.All(n => n != Proto.Need.Unspecified && Enum.IsDefined(n)), "visit.needs_found", "each from the list");
        errors.Require(v.Risks.All(r => r != Proto.VisitRisk.Unspecified && Enum.IsDefined(r)), "visit.risks", "each from the list");
        errors.Text("visit.note", v.Note, 500, required: false);
        errors.Require(!request.ReferNeeds || v.NeedsFound.Count > 0, "refer_needs", "needs needs_found");
        errors.Require(Enum.IsDefined(request.Urgency), "urgency", "must be routine or urgent");
        errors.ThrowIfAny();
    }

    private static Proto.Visit ToProto(VisitRecord v) => new()
    {
        Id = v.Id, WomanId = v.WomanId, VillageCode = v.VillageCode, Date = Date.From(v.Date), Visitor = v.Visitor, Method = v.Method,
        NeedsFound = { v.NeedsFound.ToNeeds() }, Risks = { v.Risks }, SituationChanged = v.SituationChanged, Note = v.Note, NextDue = Date.From(v.NextDue),
        RecordedBy = v.RecordedBy, RecordTime = v.RecordedAt.ToUtcTimestamp(), ReferralIds = { v.ReferralIds },
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
