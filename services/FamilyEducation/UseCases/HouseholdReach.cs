using Microsoft.EntityFrameworkCore;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.FamilyEducation.Rules;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// The households this service should reach (active, a child under 16) and whether it reached them in a period: an
/// attendance or a guidance session of the woman, wherever she was then. One range scan of the area's households,
/// each answered by two index seeks (Attendance and GuidanceSessions by woman and date), so a county is one query.
/// </summary>
public sealed class HouseholdReach(FamilyEducationDbContext db)
{
    public IQueryable<HouseholdRecord> WithMinorChildren(string area, DateOnly on)
    {
        var bornAfter = MinorChildren.BornAfter(on);
        return db.Households.AsNoTracking().Where(h => h.Active && h.VillageCode.StartsWith(area) && h.YoungestChildBirth > bornAfter);
    }

    /// <summary>Each household with minor children at <paramref name="to"/>, by woman id, and whether it was reached from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public Task<List<HouseholdReached>> ListAsync(string area, DateOnly from, DateOnly to, CancellationToken ct) =>
        WithMinorChildren(area, to)
            .OrderBy(h => h.WomanId)
            .Select(h => new HouseholdReached(
                h.WomanId,
                db.Attendance.Any(a => a.WomanId == h.WomanId && a.Date >= from && a.Date <= to)
                || db.Sessions.Any(s => s.WomanId == h.WomanId && s.Date >= from && s.Date <= to)))
            .ToListAsync(ct);
}

public sealed record HouseholdReached(long WomanId, bool Reached);
