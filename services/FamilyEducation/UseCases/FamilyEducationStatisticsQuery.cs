using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.FamilyEducation.Infrastructure;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// Counts of an area and period (China dates): activities and person-times by kind, households reached, guidance
/// sessions, concerns raised and closed, and the coverage of households with minor children. Concerns about children
/// are sensitive: small counts of them are withheld from callers without sensitive.read.
/// </summary>
public sealed class FamilyEducationStatisticsQuery(FamilyEducationDbContext db, HouseholdReach reach, CurrentCaller caller, SmallCells smallCells, TimeProvider clock)
{
    public async Task<Proto.FamilyEducationStatistics> GetAsync(Proto.GetFamilyEducationStatisticsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var (start, end) = (ChinaCalendar.StartUtc(from), ChinaCalendar.EndUtc(to));

        var kinds = await db.Activities.AsNoTracking().Where(a => a.AreaCode.StartsWith(area) && a.Date >= from && a.Date <= to)
            .GroupBy(a => a.Kind)
            .Select(g => new { Kind = g.Key, Activities = g.LongCount(), PersonTimes = g.Sum(a => (long)a.RegisteredAttendance + a.OtherParticipants) })
            .ToListAsync(ct);
        var attended = await db.Attendance.AsNoTracking().Where(a => a.VillageCode.StartsWith(area) && a.Date >= from && a.Date <= to).Select(a => a.WomanId).Distinct().ToListAsync(ct);
        var guided = await db.Sessions.AsNoTracking().Where(s => s.VillageCode.StartsWith(area) && s.Date >= from && s.Date <= to).Select(s => s.WomanId).ToListAsync(ct);
        var raised = await db.Concerns.AsNoTracking().LongCountAsync(c => c.VillageCode.StartsWith(area) && c.RaisedAt >= start && c.RaisedAt < end, ct);
        var closed = await db.Concerns.AsNoTracking().LongCountAsync(c => c.VillageCode.StartsWith(area) && c.ClosedAt >= start && c.ClosedAt < end, ct);
        var suppressed = new List<string>();
        var today = clock.Today();
        var households = await reach.ListAsync(area, from, to < today ? to : today, ct);
        return new Proto.FamilyEducationStatistics
        {
            AreaCode = area,
            ByKind = { kinds.OrderBy(k => k.Kind).Select(k => new Proto.KindCount { Kind = ProtoEnumNames.Of(k.Kind), Activities = k.Activities, PersonTimes = k.PersonTimes }) },
            HouseholdsReached = attended.Union(guided).LongCount(),
            GuidanceSessions = guided.Count,
            ConcernsRaised = smallCells.Count(raised, "concerns_raised", suppressed),
            ConcernsClosed = smallCells.Count(closed, "concerns_closed", suppressed),
            HouseholdsWithMinorChildren = households.Count,
            MinorHouseholdsReached = households.LongCount(h => h.Reached),
            Suppressed = { suppressed },
        };
    }
}
