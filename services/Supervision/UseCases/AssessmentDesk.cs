using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>
/// The yearly assessment: the scheme as data, scores of a quarter with every point explained, and the closing of a
/// year, after which a change of scheme or scores needs a reason and is recorded (never silent).
/// </summary>
public sealed class AssessmentDesk(SupervisionDbContext db, SupervisionCaller caller, QuarterFacts quarters, TimeProvider clock)
{
    public const string SchemeType = "suite.supervision.v1.Scheme";
    public const string SheetType = "suite.supervision.v1.ScoreSheet";

    public async Task<Proto.Scheme> SaveSchemeAsync(Proto.SaveSchemeRequest request, CancellationToken ct)
    {
        SchemeValidator.Validate(request);
        var s = request.Scheme;
        caller.RequireCounty(s.CountyCode, "scheme.county_code");
        caller.Current.Scope.RequireWrite(s.CountyCode, "scheme.county_code");
        await RecordIfClosedAsync(s.CountyCode, s.Year, "scheme", request.Reason, ct);
        var scheme = await db.Schemes.FirstOrDefaultAsync(x => x.CountyCode == s.CountyCode && x.Year == s.Year, ct)
            ?? db.Schemes.Add(new SchemeRecord { CountyCode = s.CountyCode, Year = s.Year }).Entity;
        scheme.Items = [.. s.Items.Select(i => new SchemeItemEntry { Indicator = i.Indicator, Weight = i.Weight, Target = i.Target })];
        scheme.OverdueTaskDeduction = s.OverdueTaskDeduction;
        scheme.MaxDeduction = s.MaxDeduction;
        scheme.Version++;
        await db.SaveChangesAsync(ct);
        return ToProto(scheme);
    }

    public async Task<Proto.Scheme> GetSchemeAsync(Proto.GetSchemeRequest request, CancellationToken ct)
    {
        caller.RequireCounty(request.CountyCode);
        var scheme = await db.Schemes.AsNoTracking().FirstOrDefaultAsync(x => x.CountyCode == request.CountyCode && x.Year == request.Year, ct)
            ?? throw new ResourceNotFoundException(SchemeType, $"{request.CountyCode} {request.Year}");
        return ToProto(scheme);
    }

    public async Task<Proto.ScoreSheet> ScoreAsync(Proto.ScoreRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("reason", request.Reason, 200, required: false);
        errors.ThrowIfAny();
        var facts = await quarters.LoadAsync(request.CountyCode, request.Year, request.Quarter, ct);
        caller.Current.Scope.RequireWrite(request.CountyCode, "county_code");
        var scheme = facts.Scheme ?? throw new PreconditionFailedException("County {0} has no scoring scheme for {1}: save one first.", request.CountyCode, request.Year);
        var missing = scheme.Items.Select(i => i.Indicator).Where(i => facts.Figures.Any(f => f.Indicator == i && f.State == Proto.FigureState.Missing)).ToList();
        if (missing.Count > 0)
        {
            throw new PreconditionFailedException("The {0} Q{1} snapshot misses figures of {2}: take it again before scoring.",
                request.Year, request.Quarter, string.Join("、", missing.Select(IndicatorCatalogue.NameOf)));
        }
        await RecordIfClosedAsync(request.CountyCode, request.Year, $"scores Q{request.Quarter}", request.Reason, ct);

        var townships = facts.Townships.Select(t => Scoring.Score(t, scheme.Items, i => facts.Figure(i, t), facts.OverdueLedBy(t),
            scheme.OverdueTaskDeduction, scheme.MaxDeduction, scaleTo100: false));
        var departments = facts.Departments.Select(d => Scoring.Score(d,
            [.. scheme.Items.Where(i => IndicatorCatalogue.Find(i.Indicator)?.Department == d)], i => facts.Figure(i, request.CountyCode),
            facts.OverdueLedBy(d), scheme.OverdueTaskDeduction, scheme.MaxDeduction, scaleTo100: true));
        var sheet = new Proto.ScoreSheet
        {
            CountyCode = request.CountyCode, Year = request.Year, Quarter = request.Quarter, SchemeVersion = scheme.Version, SnapshotId = facts.Snapshot.Id,
            Townships = { Scoring.Ranked(townships) }, Departments = { Scoring.Ranked(departments) },
            ScoredTime = clock.GetUtcNow().UtcDateTime.ToUtcTimestamp(), ScoredBy = caller.Current.Caller.Display,
        };
        var stored = await db.ScoreSheets.FirstOrDefaultAsync(x => x.CountyCode == request.CountyCode && x.Year == request.Year && x.Quarter == request.Quarter, ct)
            ?? db.ScoreSheets.Add(new ScoreSheetRecord { CountyCode = request.CountyCode, Year = request.Year, Quarter = request.Quarter }).Entity;
        stored.Sheet = sheet.ToByteArray();
        await db.SaveChangesAsync(ct);
        return Visible(sheet);
    }

    public async Task<Proto.ScoreSheet> GetSheetAsync(Proto.GetScoreSheetRequest request, CancellationToken ct)
    {
        SnapshotDesk.ValidateQuarter(request.Year, request.Quarter, clock.Today(), future: true);
        caller.RequireCounty(request.CountyCode);
        var stored = await db.ScoreSheets.AsNoTracking().FirstOrDefaultAsync(x => x.CountyCode == request.CountyCode && x.Year == request.Year && x.Quarter == request.Quarter, ct)
            ?? throw new ResourceNotFoundException(SheetType, $"{request.CountyCode} {request.Year} Q{request.Quarter}");
        return Visible(Proto.ScoreSheet.Parser.ParseFrom(stored.Sheet));
    }

    public async Task<Proto.CloseYearResponse> CloseYearAsync(Proto.CloseYearRequest request, CancellationToken ct)
    {
        caller.RequireCounty(request.CountyCode);
        caller.Current.Scope.RequireWrite(request.CountyCode, "county_code");
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.CountyCode == request.CountyCode && p.Year == request.Year, ct)
            ?? throw new ResourceNotFoundException(SupervisionCaller.PlanType, $"{request.CountyCode} {request.Year}");
        plan.Closed = true;
        await db.SaveChangesAsync(ct);
        return new Proto.CloseYearResponse { Closed = true };
    }

    public async Task<Proto.ListAssessmentChangesResponse> ListChangesAsync(Proto.ListAssessmentChangesRequest request, CancellationToken ct)
    {
        caller.RequireCounty(request.CountyCode);
        var changes = await db.AssessmentChanges.AsNoTracking().Where(c => c.CountyCode == request.CountyCode && c.Year == request.Year).OrderBy(c => c.Id).ToListAsync(ct);
        return new Proto.ListAssessmentChangesResponse
        {
            Changes = { changes.Select(c => new Proto.AssessmentChange { What = c.What, Reason = c.Reason, ChangedBy = c.ChangedBy, ChangeTime = c.ChangedAt.ToUtcTimestamp() }) },
        };
    }

    /// <summary>A closed year changes only with a reason, recorded in the same save as the change.</summary>
    private async Task RecordIfClosedAsync(string countyCode, int year, string what, string reason, CancellationToken ct)
    {
        if (!await db.Plans.AnyAsync(p => p.CountyCode == countyCode && p.Year == year && p.Closed, ct))
        {
            return;
        }
        if (reason.Trim().Length == 0)
        {
            throw new PreconditionFailedException("The {0} assessment of county {1} is closed: a change needs a reason, which is recorded.", year, countyCode);
        }
        db.AssessmentChanges.Add(new AssessmentChangeRecord
        {
            CountyCode = countyCode, Year = year, What = what, Reason = reason, ChangedBy = caller.Current.Caller.Display, ChangedAt = clock.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>Every unit's scores for the office and county leaders; a unit's own otherwise.</summary>
    private Proto.ScoreSheet Visible(Proto.ScoreSheet sheet)
    {
        if (caller.SeesEveryUnit)
        {
            return sheet;
        }
        var mine = sheet.Clone();
        mine.Townships.Clear();
        mine.Townships.AddRange(sheet.Townships.Where(u => caller.Sees(u.Unit)));
        mine.Departments.Clear();
        mine.Departments.AddRange(sheet.Departments.Where(u => caller.Sees(u.Unit)));
        return mine;
    }

    private static Proto.Scheme ToProto(SchemeRecord s) => new()
    {
        CountyCode = s.CountyCode, Year = s.Year, Version = s.Version, OverdueTaskDeduction = s.OverdueTaskDeduction, MaxDeduction = s.MaxDeduction,
        Items = { s.Items.Select(i => new Proto.SchemeItem { Indicator = i.Indicator, Weight = i.Weight, Target = i.Target }) },
    };
}
