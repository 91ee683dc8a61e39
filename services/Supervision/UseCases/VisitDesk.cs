using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>Special supervision visits (专项督导): findings, the rectification asked for with its deadline, and its closing (整改销号).</summary>
public sealed class VisitDesk(SupervisionDbContext db, SupervisionCaller caller, TownshipDirectory townships, TimeProvider clock)
{
    public const string ResourceType = "suite.supervision.v1.SupervisionVisit";

    public async Task<Proto.SupervisionVisit> RecordAsync(Proto.RecordVisitRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Visit is not null, "visit", "is required"))
        {
            var v = request.Visit!;
            if (errors.Require(AreaCode.IsDigits(v.CountyCode) && v.CountyCode.Length == AreaCode.CountyLength, "visit.county_code", "must be a 6-digit county code"))
            {
                var county = (await townships.OfCountyAsync(v.CountyCode, ct)).Select(t => t.Code).ToHashSet();
                errors.Require(Units.IsUnitOf(v.Unit, county), "visit.unit", "must be a department or a township of the plan's county");
            }
            errors.PastDate("visit.visit_date", v.VisitDate, today, required: true);
            errors.Text("visit.findings", v.Findings, 1000, required: true);
            errors.Text("visit.rectification", v.Rectification, 500, required: false);
            if (v.Rectification.Length > 0)
            {
                errors.Require(v.RectificationDeadline is not null && v.RectificationDeadline.TryToDateOnly(out var deadline)
                    && v.VisitDate is not null && v.VisitDate.TryToDateOnly(out var visited) && deadline > visited,
                    "visit.rectification_deadline", "is required with a rectification and must be after the visit date");
            }
            else
            {
                errors.Require(v.RectificationDeadline is null, "visit.rectification_deadline", "must be unset without a rectification");
            }
        }
        errors.ThrowIfAny();
        var visit = request.Visit!;
        caller.Current.Scope.RequireWrite(visit.CountyCode, "visit.county_code");
        var (record, _) = await db.CreateOnceAsync<SupervisionVisitRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            var record = new SupervisionVisitRecord
            {
                RequestId = request.RequestId, CountyCode = visit.CountyCode, Unit = visit.Unit, VisitDate = visit.VisitDate.ToDateOnly(),
                Unannounced = visit.Unannounced, Findings = visit.Findings, Rectification = visit.Rectification,
                RectificationDeadline = visit.RectificationDeadline?.ToDateOnly(), RecordedBy = caller.Current.Caller.Display,
            };
            db.Visits.Add(record);
            await db.SaveChangesAsync(ct);
            return record;
        }, new(caller.Current.Scope, ResourceType, x => x.CountyCode, x => x.Id), ct);
        return ToProto(record, today);
    }

    public async Task<Proto.SupervisionVisit> CloseAsync(Proto.CloseRectificationRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("closing_note", request.ClosingNote, 500, required: true);
        errors.ThrowIfAny();
        var visit = await db.FindInScopeAsync<SupervisionVisitRecord>(request.Id, v => v.CountyCode, caller.Current.Scope, ResourceType, ct);
        if (request.Etag.Length > 0)
        {
            visit.RequireEtag(request.Etag, ResourceType, visit.Id);
        }
        if (visit.Rectification.Length == 0)
        {
            throw new PreconditionFailedException("Visit {0} asked for no rectification: there is nothing to close.", visit.Id);
        }
        if (visit.ClosedDate is not null)
        {
            throw new PreconditionFailedException("The rectification of visit {0} was closed on {1:yyyy-MM-dd}.", visit.Id, visit.ClosedDate.Value);
        }
        visit.ClosedDate = clock.Today();
        visit.ClosingNote = request.ClosingNote;
        await db.SaveChangesAsync(ct);
        return ToProto(visit, clock.Today());
    }

    public async Task<Proto.ListVisitsResponse> ListAsync(Proto.ListVisitsRequest request, CancellationToken ct)
    {
        caller.RequireCounty(request.CountyCode);
        var query = db.Visits.AsNoTracking().Where(v => v.CountyCode == request.CountyCode);
        if (!caller.SeesEveryUnit)
        {
            var unit = caller.Unit;
            query = query.Where(v => v.Unit == unit);
        }
        if (request.OpenOnly)
        {
            query = query.Where(v => v.Rectification != "" && v.ClosedDate == null);
        }
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"visits:{request.CountyCode}:{request.OpenOnly}:{caller.Unit}"),
            v => v.VisitDate, v => v.Id, descending: true, ct);
        var today = clock.Today();
        return new Proto.ListVisitsResponse { Visits = { page.Items.Select(v => ToProto(v, today)) }, NextPageToken = page.NextPageToken };
    }

    private static Proto.SupervisionVisit ToProto(SupervisionVisitRecord v, DateOnly today) => new()
    {
        Id = v.Id, CountyCode = v.CountyCode, Unit = v.Unit, VisitDate = Date.From(v.VisitDate), Unannounced = v.Unannounced, Findings = v.Findings,
        Rectification = v.Rectification, RectificationDeadline = Date.From(v.RectificationDeadline), ClosedDate = Date.From(v.ClosedDate),
        ClosingNote = v.ClosingNote, RecordedBy = v.RecordedBy, Etag = v.Version.ToString(CultureInfo.InvariantCulture),
        Overdue = v.Rectification.Length > 0 && v.ClosedDate is null && v.RectificationDeadline < today,
    };
}
