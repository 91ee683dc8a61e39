using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Assistance.Rules;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>Benefits of active applications: cash entitlements paid month by month, screenings and their results, service sessions.</summary>
public sealed class BenefitDesk(ReferralFactory referrals, SmallCells smallCells, AssistanceDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public const string ResourceType = "suite.assistance.v1.Benefit";

    /// <summary>The monthly entitlements of a cash programme, from the month of activation on.</summary>
    public static IEnumerable<Benefit> Entitlements(AssistanceApplication application, Programme programme, DateOnly today, DateTime now) =>
        Enumerable.Range(0, programme.CashPeriodMonths).Select(i => new Benefit
        {
            ApplicationId = application.Id,
            WomanId = application.WomanId,
            VillageCode = application.VillageCode,
            ProgrammeCode = programme.Code,
            Kind = Proto.BenefitKind.CashEntitlement,
            Month = new DateOnly(today.Year, today.Month, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            AmountFen = programme.CashMonthlyFen,
            CreatedAt = now,
            Version = 1,
        });

    public async Task<Proto.ListBenefitsResponse> ListAsync(Proto.ListBenefitsRequest request, CancellationToken ct)
    {
        var page = PageRequest.Of(request.PageSize, request.PageToken, $"benefits:{request.ApplicationId}");
        await VisibleApplicationAsync(request.ApplicationId, ct);
        var benefits = await db.Benefits.AsNoTracking().Where(b => b.ApplicationId == request.ApplicationId).PageAsync(page, b => b.Id, newestFirst: false, ct);
        return new Proto.ListBenefitsResponse { Benefits = { benefits.Items.Select(ToProto) }, NextPageToken = benefits.NextPageToken };
    }

    public async Task<Proto.Benefit> RecordPaymentAsync(Proto.RecordPaymentRequest request, CancellationToken ct)
    {
        BenefitValidator.Validate(request, clock.Today());
        var benefit = (await db.FindInScopeAsync<Benefit>(request.BenefitId, b => b.VillageCode, caller.Scope, ResourceType, ct, "benefit_id"))
            .RequireEtag(request.Etag, ResourceType, request.BenefitId);
        if (benefit.Kind != Proto.BenefitKind.CashEntitlement || benefit.PaidOn is not null)
        {
            throw new PreconditionFailedException("Benefit {0} is not a cash entitlement waiting for payment.", benefit.Id);
        }
        benefit.PaidOn = request.PaidOn!.ToDateOnly();
        benefit.RecordedBy = caller.Caller.Subject;
        await db.SaveChangesAsync(ct);
        return ToProto(benefit);
    }

    public async Task<Proto.Benefit> RecordScreeningAsync(Proto.RecordScreeningRequest request, CancellationToken ct)
    {
        BenefitValidator.Validate(request);
        var (application, programme) = await ActiveApplicationAsync(request.ApplicationId, Proto.ProgrammeKind.Screening, ct);
        var benefit = New(application, Proto.BenefitKind.Screening, request.AppointmentDate!.ToDateOnly(), request.Note);
        benefit.ScreeningResult = request.Result;
        db.Benefits.Add(benefit);
        if (request.Result == Proto.ScreeningResult.Diagnosed)
        {
            // A diagnosis proposes cancer aid for low-income mothers (两癌救助): an officer reviews the referral.
            db.Add(referrals.Outgoing(ResourceNames.Assistance, application.WomanId, application.VillageCode, ReferralReason.ScreeningResult,
                [ReferralNeed.CancerAid], ReferralUrgency.Urgent, details: [programme.Code]));
        }
        await db.SaveChangesAsync(ct);
        return ToProto(benefit);
    }

    public async Task<Proto.Benefit> RecordSessionAsync(Proto.RecordSessionRequest request, CancellationToken ct)
    {
        BenefitValidator.Validate(request, clock.Today());
        var (application, _) = await ActiveApplicationAsync(request.ApplicationId, Proto.ProgrammeKind.Service, ct);
        var benefit = New(application, Proto.BenefitKind.Session, request.Date!.ToDateOnly(), request.Note);
        db.Benefits.Add(benefit);
        await db.SaveChangesAsync(ct);
        return ToProto(benefit);
    }

    public async Task<Proto.AssistanceStatistics> GetStatisticsAsync(string areaCode, CancellationToken ct)
    {
        var area = caller.AreaFor(areaCode);
        var applications = db.Applications.AsNoTracking().Where(a => a.VillageCode.StartsWith(area));
        var benefits = db.Benefits.AsNoTracking().Where(b => b.PaidOn != null && b.VillageCode.StartsWith(area));
        // A caller who may not see health and disability sees those programmes' applications apart, small ones withheld.
        var sensitive = await db.Programmes.AsNoTracking().Where(p => p.Sensitive).Select(p => p.Code).ToListAsync(ct);
        var apart = smallCells.Protects;
        var counted = apart ? applications.Where(a => !sensitive.Contains(a.ProgrammeCode)) : applications;
        var paidCounted = apart ? benefits.Where(b => !sensitive.Contains(b.ProgrammeCode)) : benefits;
        var suppressed = new List<string>();
        var byStatus = await applications.GroupBy(a => new { a.ProgrammeCode, a.Status }).Select(g => new { g.Key.ProgrammeCode, g.Key.Status, Count = g.LongCount() }).ToListAsync(ct);
        var paid = await paidCounted.GroupBy(b => b.Month).Select(g => new { Month = g.Key, Paid = g.Sum(b => b.AmountFen), Count = g.LongCount() }).ToListAsync(ct);
        // The next level below the area: county (6) → township (9) → village (12); nationwide → province (2) → city (4).
        var childLength = area.Length switch { 0 => 2, 2 => 4, 4 => 6, 6 => 9, _ => 12 };
        var byArea = await counted.Where(a => ApplicationWorkflow.Open.Contains(a.Status))
            .GroupBy(a => a.VillageCode.Substring(0, childLength)).Select(g => new { Area = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var overrides = await counted.LongCountAsync(a => a.EligibilityOverridden, ct);
        var sensitiveCount = await applications.LongCountAsync(a => sensitive.Contains(a.ProgrammeCode), ct);
        return new Proto.AssistanceStatistics
        {
            AreaCode = area,
            Applications =
            {
                byStatus.OrderBy(s => s.ProgrammeCode, StringComparer.Ordinal).ThenBy(s => s.Status).Select(s => new Proto.ProgrammeStatusCount
                {
                    ProgrammeCode = s.ProgrammeCode, Status = s.Status,
                    Count = sensitive.Contains(s.ProgrammeCode) ? smallCells.Count(s.Count, $"applications[{s.ProgrammeCode}/{ProtoEnumNames.Of(s.Status)}]", suppressed) : s.Count,
                }),
            },
            Disbursed = { paid.OrderBy(p => p.Month, StringComparer.Ordinal).Select(p => new Proto.MonthlyAmount { Month = p.Month, PaidFen = p.Paid, Payments = p.Count }) },
            OpenByArea = { byArea.OrderBy(a => a.Area, StringComparer.Ordinal).Select(a => new Proto.AreaCount { AreaCode = a.Area, Count = a.Count }) },
            OverriddenApprovals = overrides,
            SensitiveApplications = smallCells.Count(sensitiveCount, "sensitive_applications", suppressed),
            SensitiveApart = apart,
            Suppressed = { suppressed },
        };
    }

    private Benefit New(AssistanceApplication application, Proto.BenefitKind kind, DateOnly date, string note) => new()
    {
        ApplicationId = application.Id, WomanId = application.WomanId, VillageCode = application.VillageCode, ProgrammeCode = application.ProgrammeCode,
        Kind = kind, Date = date, Note = note, RecordedBy = caller.Caller.Subject, CreatedAt = clock.GetUtcNow().UtcDateTime, Version = 1,
    };

    private Task<AssistanceApplication> VisibleApplicationAsync(long id, CancellationToken ct) =>
        db.FindInScopeAsync<AssistanceApplication>(id, a => a.VillageCode, caller.Scope, ApplicationDesk.ResourceType, ct, "application_id");

    private async Task<(AssistanceApplication, Programme)> ActiveApplicationAsync(long id, Proto.ProgrammeKind kind, CancellationToken ct)
    {
        var application = await VisibleApplicationAsync(id, ct);
        var programme = await db.Programmes.AsNoTracking().FirstAsync(p => p.Code == application.ProgrammeCode, ct);
        if (application.Status != Proto.ApplicationStatus.Active || programme.Kind != kind)
        {
            throw new PreconditionFailedException("Application {0} is not an active {1} programme.", id, kind.ToString().ToLowerInvariant());
        }
        return (application, programme);
    }

    public static Proto.Benefit ToProto(Benefit b) => new()
    {
        Id = b.Id, Etag = Id(b.Version), ApplicationId = b.ApplicationId, Kind = b.Kind, Month = b.Month, AmountFen = b.AmountFen,
        PaidOn = Date.From(b.PaidOn), Date = Date.From(b.Date), ScreeningResult = b.ScreeningResult, Note = b.Note, RecordedBy = b.RecordedBy,
        CreateTime = b.CreatedAt.ToUtcTimestamp(),
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
