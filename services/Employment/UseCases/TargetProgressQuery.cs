using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.Employment.Infrastructure;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>
/// An area's yearly targets against what was recorded: training person-times (enrolments of women of the area), new
/// post openings published in it, women of it placed, and mother-post demonstration sites in it; and the same for each
/// child area, so a county sees which township is behind (below target × share of the year elapsed).
/// </summary>
public sealed class TargetProgressQuery(EmploymentDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public async Task<Proto.TargetProgress> GetAsync(Proto.GetTargetProgressRequest request, CancellationToken ct)
    {
        if (request.Year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "must be 2000 to 2100");
        }
        var area = caller.AreaFor(request.AreaCode);
        if (area.Length is not (AreaCode.CountyLength or AreaCode.TownshipLength or AreaCode.VillageLength))
        {
            throw ValidationFailedException.For("area_code", "must be a county (6), township (9) or village (12 digits) code");
        }
        var (start, end) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var (startUtc, endUtc) = (ChinaCalendar.StartUtc(start), ChinaCalendar.EndUtc(end));
        var child = area.Length == AreaCode.VillageLength ? area.Length : AreaCode.ChildLength(area);
        var elapsed = YearElapsed(request.Year);

        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.VillageCode.StartsWith(area) && e.EnrolledAt >= startUtc && e.EnrolledAt < endUtc)
            .GroupBy(e => e.VillageCode.Substring(0, child)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().Where(p => p.AreaCode.StartsWith(area) && p.CreatedAt >= startUtc && p.CreatedAt < endUtc)
            .Select(p => new { p.AreaCode, p.Openings, p.MotherPost, p.DemonstrationSite }).ToListAsync(ct);
        var placed = await db.Placements.AsNoTracking().Where(p => p.VillageCode.StartsWith(area) && p.StartDate >= start && p.StartDate <= end)
            .GroupBy(p => p.VillageCode.Substring(0, child)).Select(g => new { g.Key, Count = g.Select(p => p.WomanId).Distinct().Count() }).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().Where(t => t.Year == request.Year && t.AreaCode.StartsWith(area)).ToListAsync(ct);

        Proto.Target Actual(string prefix) => new()
        {
            AreaCode = prefix, Year = request.Year,
            TrainingPersonTimes = enrolments.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(e => e.Count),
            NewPosts = posts.Where(p => p.AreaCode.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => p.Openings),
            WomenPlaced = placed.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => p.Count),
            MotherPostSites = posts.Where(p => p.MotherPost && p.AreaCode.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.DemonstrationSite).Distinct().Count(),
        };
        Proto.AreaProgress Progress(string prefix)
        {
            var target = targets.FirstOrDefault(t => t.AreaCode == prefix) is { } t
                ? new Proto.Target { AreaCode = prefix, Year = t.Year, TrainingPersonTimes = t.TrainingPersonTimes, NewPosts = t.NewPosts, WomenPlaced = t.WomenPlaced, MotherPostSites = t.MotherPostSites }
                : null;
            var actual = Actual(prefix);
            var progress = new Proto.AreaProgress { AreaCode = prefix, Target = target, Actual = actual, YearElapsed = elapsed };
            if (target is not null)
            {
                progress.Behind.AddRange(new[]
                {
                    ("training_person_times", actual.TrainingPersonTimes, target.TrainingPersonTimes), ("new_posts", actual.NewPosts, target.NewPosts),
                    ("women_placed", actual.WomenPlaced, target.WomenPlaced), ("mother_post_sites", actual.MotherPostSites, target.MotherPostSites),
                }.Where(m => m.Item2 < m.Item3 * elapsed).Select(m => m.Item1));
            }
            return progress;
        }

        var children = area.Length == AreaCode.VillageLength ? [] : enrolments.Select(e => e.Key)
            .Concat(posts.Where(p => p.AreaCode.Length >= child).Select(p => p.AreaCode[..child]))
            .Concat(placed.Select(p => p.Key))
            .Concat(targets.Where(t => t.AreaCode.Length == child).Select(t => t.AreaCode))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new Proto.TargetProgress { Area = Progress(area), Children = { children.Select(Progress) } };
    }

    private double YearElapsed(int year)
    {
        var today = clock.Today();
        var first = new DateOnly(year, 1, 1);
        var days = (new DateOnly(year, 12, 31).DayNumber - first.DayNumber) + 1;
        return Math.Clamp((today.DayNumber - first.DayNumber + 1) / (double)days, 0, 1);
    }
}
