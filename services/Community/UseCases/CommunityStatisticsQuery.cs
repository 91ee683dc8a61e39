using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// Counts of an area (prefix) and period (China dates), each computed by the database from the records: places in use,
/// activities and the women they reached, counselling, volunteers, pairings, organisations and projects, commendation,
/// women in village self-government. Counselling is sensitive: its small counts are withheld from callers without
/// sensitive.read (<see cref="SmallCells"/>). What holds "at the end of the period" is taken on the period's last day,
/// or today when the period runs on.
/// </summary>
public sealed class CommunityStatisticsQuery(CommunityDbContext db, CurrentCaller caller, SmallCells smallCells, TimeProvider clock)
{
    public async Task<Proto.CommunityStatistics> GetAsync(Proto.GetCommunityStatisticsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var today = clock.Today();
        var end = to < today ? to : today;
        var suppressed = new List<string>();

        var places = await db.Places.AsNoTracking().Where(p => p.AreaCode.StartsWith(area) && p.Active)
            .GroupBy(p => p.Kind).Select(g => new { Kind = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var placesWithActivities = await db.Places.AsNoTracking()
            .Where(p => p.AreaCode.StartsWith(area) && p.Active && p.Kind != Proto.PlaceKind.CounsellingPoint
                && db.Activities.Any(a => a.PlaceId == p.Id && a.Date >= from && a.Date <= to))
            .LongCountAsync(ct);

        var activities = db.Activities.AsNoTracking().Where(a => a.AreaCode.StartsWith(area) && a.Date >= from && a.Date <= to);
        var activityCount = await activities.LongCountAsync(ct);
        var personTimes = await activities.SumAsync(a => (long)a.RegisteredAttendance + a.OtherParticipants, ct);
        var womenReached = await db.Attendance.AsNoTracking().Where(a => a.VillageCode.StartsWith(area) && a.Date >= from && a.Date <= to)
            .Select(a => a.WomanId).Distinct().LongCountAsync(ct);

        var sessions = await db.CounsellingSessions.AsNoTracking().LongCountAsync(s => s.AreaCode.StartsWith(area) && s.Date >= from && s.Date <= to, ct);
        var counselled = await db.CounsellingAttendance.AsNoTracking().Where(a => a.VillageCode.StartsWith(area) && a.Date >= from && a.Date <= to)
            .Select(a => a.WomanId).Distinct().LongCountAsync(ct);
        var followUpsDue = await db.CounsellingSessions.AsNoTracking()
            .LongCountAsync(s => s.AreaCode.StartsWith(area) && s.FollowUpDate != null && !s.FollowedUp && s.FollowUpDate <= to, ct);

        var teams = await db.VolunteerTeams.AsNoTracking().LongCountAsync(t => t.AreaCode.StartsWith(area), ct);
        var volunteers = await db.VolunteerMembers.AsNoTracking().LongCountAsync(m => m.AreaCode.StartsWith(area), ct);
        var hours = db.ServiceHours.AsNoTracking().Where(h => h.AreaCode.StartsWith(area) && h.Date >= from && h.Date <= to);
        var halfHours = await hours.SumAsync(h => (long)h.HalfHours, ct);
        var serving = await hours.Select(h => h.MemberId).Distinct().LongCountAsync(ct);
        var pairings = await db.ExecutivePairings.AsNoTracking()
            .LongCountAsync(p => p.VillageCode.StartsWith(area) && p.StartDate <= end && (p.EndDate == null || p.EndDate > end), ct);

        var organisations = await db.Organisations.AsNoTracking().LongCountAsync(o => o.AreaCode.StartsWith(area), ct);
        var projects = db.Projects.AsNoTracking()
            .Where(p => p.AreaCode.StartsWith(area) && p.FromDate <= to && p.ToDate >= from && (p.AcceptedDate == null || p.AcceptedDate >= from));
        var projectCount = await projects.LongCountAsync(ct);
        var budget = await projects.SumAsync(p => p.BudgetYuan, ct);

        var nominations = db.Nominations.AsNoTracking().Where(n => n.VillageCode.StartsWith(area) && n.NominatedOn >= from && n.NominatedOn <= to);
        var nominationCount = await nominations.LongCountAsync(ct);
        var awards = await nominations.LongCountAsync(n => n.Status == Proto.NominationStatus.Awarded, ct);

        var (firstYear, lastYear) = (from.Year, to.Year);
        var elections = db.Elections.AsNoTracking().Where(e => e.VillageCode.StartsWith(area) && e.TermStartYear >= firstYear && e.TermStartYear <= lastYear);
        var seats = await elections.SumAsync(e => (long)e.Seats, ct);
        var candidates = db.Candidates.AsNoTracking().Where(c => c.VillageCode.StartsWith(area) && elections.Any(e => e.Id == c.ElectionId));
        var womenCandidates = await candidates.LongCountAsync(ct);
        var womenElected = await candidates.LongCountAsync(c => c.HasResult && c.Elected, ct);
        var womenOnBoards = await db.BoardMembers.AsNoTracking()
            .Where(b => b.VillageCode.StartsWith(area) && b.FromDate <= end && (b.UntilDate == null || b.UntilDate >= end))
            .Select(b => b.WomanId).Distinct().LongCountAsync(ct);

        return new Proto.CommunityStatistics
        {
            AreaCode = area,
            Places = { places.OrderBy(p => p.Kind).Select(p => new Proto.PlaceCount { Kind = p.Kind, Places = p.Count }) },
            PlacesWithActivities = placesWithActivities,
            Activities = activityCount,
            ActivityPersonTimes = personTimes,
            WomenReached = womenReached,
            CounsellingSessions = smallCells.Count(sessions, "counselling_sessions", suppressed),
            WomenCounselled = smallCells.Count(counselled, "women_counselled", suppressed),
            CounsellingFollowUpsDue = smallCells.Count(followUpsDue, "counselling_follow_ups_due", suppressed),
            VolunteerTeams = teams,
            Volunteers = volunteers,
            VolunteersServing = serving,
            VolunteerHours = halfHours / 2.0,
            ExecutivePairings = pairings,
            Organisations = organisations,
            Projects = projectCount,
            ProjectBudgetYuan = budget,
            Nominations = nominationCount,
            Awards = awards,
            WomenCandidates = womenCandidates,
            WomenElected = womenElected,
            CommitteeSeats = seats,
            WomenOnBoards = womenOnBoards,
            Suppressed = { suppressed },
        };
    }
}
