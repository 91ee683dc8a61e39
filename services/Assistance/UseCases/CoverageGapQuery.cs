using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Assistance.Rules;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using PriorityLevel = Suite.Contracts.Registry.V1.PriorityLevel;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>
/// 应保尽保: who in an area needs assistance and has none. Reads the area's women and open applications once and
/// evaluates every programme's compiled rules in memory (a county of 100,000 women is two range scans).
/// </summary>
public sealed class CoverageGapQuery(AssistanceDbContext db, CurrentCaller caller, TimeProvider clock, IConfiguration configuration)
{
    private static readonly Proto.ApplicationStatus[] Assisting = [Proto.ApplicationStatus.Approved, Proto.ApplicationStatus.Active];

    public async Task<Proto.CoverageGaps> GetAsync(string areaCode, CancellationToken ct)
    {
        var area = caller.AreaFor(areaCode);
        var snapshot = await LoadAsync(area, ct);
        var gaps = new Proto.CoverageGaps
        {
            AreaCode = area,
            ActiveWomen = snapshot.Candidates.Count,
            PriorityWomen = snapshot.Candidates.Count(c => c.Record.Priority == PriorityLevel.Priority),
            PriorityWithoutAssistance = snapshot.PriorityWithoutAssistance().Count(),
        };
        foreach (var programme in snapshot.Programmes)
        {
            var eligible = snapshot.EligibleFor(programme).ToList();
            var enrolled = eligible.Count(w => snapshot.IsEnrolled(w.WomanId, programme.Code));
            gaps.Programmes.Add(new Proto.ProgrammeGap { ProgrammeCode = programme.Code, Eligible = eligible.Count, Enrolled = enrolled, NotEnrolled = eligible.Count - enrolled });
        }
        return gaps;
    }

    public async Task<Proto.ListGapWomenResponse> ListAsync(Proto.ListGapWomenRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var size = PageToken.Size(request.PageSize, 50, 500);
        var key = $"gaps:{area}:{request.ProgrammeCode}";
        var after = PageToken.Decode(request.PageToken, key, 1) is { } token ? long.Parse(token[0], CultureInfo.InvariantCulture) : 0;
        var snapshot = await LoadAsync(area, ct);
        IEnumerable<WomanRecord> women;
        if (request.ProgrammeCode.Length == 0)
        {
            women = snapshot.PriorityWithoutAssistance();
        }
        else
        {
            var programme = snapshot.Programmes.FirstOrDefault(p => p.Code == request.ProgrammeCode)
                ?? throw ValidationFailedException.For("programme_code", "is not an active programme");
            women = snapshot.EligibleFor(programme).Where(w => !snapshot.IsEnrolled(w.WomanId, programme.Code));
        }
        var page = women.Where(w => w.WomanId > after).OrderBy(w => w.WomanId).Take(size + 1).ToList();
        var response = new Proto.ListGapWomenResponse
        {
            Women = { page.Take(size).Select(w => new Proto.GapWoman { WomanId = w.WomanId, VillageCode = w.VillageCode, Priority = w.Priority }) },
        };
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].WomanId.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    private async Task<AreaSnapshot> LoadAsync(string area, CancellationToken ct)
    {
        var women = db.Women.AsNoTracking().Where(w => w.Active);
        var applications = db.Applications.AsNoTracking().Where(a => ApplicationWorkflow.Open.Contains(a.Status));
        if (area.Length > 0)
        {
            women = women.Where(w => w.VillageCode.StartsWith(area));
            applications = applications.Where(a => a.VillageCode.StartsWith(area));
        }
        // Other departments see only the women who consented to sharing (as in the Registry).
        if (caller.Caller.Department != (configuration["Assistance:OwnerDepartment"] ?? "civil-affairs"))
        {
            women = women.Where(w => w.ConsentToShare);
        }
        var programmes = await db.Programmes.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code).ToListAsync(ct);
        var open = await applications.Select(a => new { a.WomanId, a.ProgrammeCode, a.Status }).ToListAsync(ct);
        var today = clock.Today();
        var diagnosed = (await db.Benefits.AsNoTracking().Where(b => b.ScreeningResult == Proto.ScreeningResult.Diagnosed).Select(b => b.WomanId).ToListAsync(ct)).ToHashSet();
        // Only the columns the rules read, and each woman's applicant built once for all programmes.
        var rows = await women.Select(w => new WomanRecord
        {
            WomanId = w.WomanId, VillageCode = w.VillageCode, BirthDate = w.BirthDate, EconomicStatus = w.EconomicStatus, Health = w.Health,
            DisabilityCategory = w.DisabilityCategory, DisabilityGrade = w.DisabilityGrade, Priority = w.Priority, LeftBehindSince = w.LeftBehindSince,
            VillageRural = w.VillageRural, Active = w.Active,
        }).ToListAsync(ct);
        return new AreaSnapshot(
            rows.Select(w => new Candidate(w, Applicant.From(w, today, diagnosed.Contains(w.WomanId)))).ToList(),
            programmes.Select(p => (p.Code, new EligibilityEvaluator(ProgrammeCatalog.Rules(p)))).Select(p => new CompiledProgramme(p.Code, p.Item2)).ToList(),
            open.Select(a => (a.WomanId, a.ProgrammeCode)).ToHashSet(),
            open.Where(a => Assisting.Contains(a.Status)).Select(a => a.WomanId).ToHashSet(),
            today);
    }

    private sealed record CompiledProgramme(string Code, EligibilityEvaluator Rules);

    private sealed record Candidate(WomanRecord Record, Applicant Applicant);

    private sealed record AreaSnapshot(List<Candidate> Candidates, List<CompiledProgramme> Programmes, HashSet<(long, string)> Enrolled, HashSet<long> Assisted, DateOnly Today)
    {
        public IEnumerable<WomanRecord> PriorityWithoutAssistance() =>
            Candidates.Where(c => c.Record.Priority == PriorityLevel.Priority && !Assisted.Contains(c.Record.WomanId)).Select(c => c.Record);

        public IEnumerable<WomanRecord> EligibleFor(CompiledProgramme programme) =>
            Candidates.Where(c => programme.Rules.Passes(c.Applicant, Today)).Select(c => c.Record);

        public bool IsEnrolled(long womanId, string programmeCode) => Enrolled.Contains((womanId, programmeCode));
    }
}
