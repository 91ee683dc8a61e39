using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// What a purchased-service project delivered, counted from the records attached to it, never typed: counselling
/// sessions and activities whose ProjectId is the project, and the volunteer hours logged under it; the women served
/// are the distinct women of all three, counted in the database.
/// </summary>
public sealed class ProjectDelivery(CommunityDbContext db)
{
    /// <summary>Delivered per kind: sessions, activities, hours (halves possible).</summary>
    public async Task<IReadOnlyDictionary<ProjectServiceKind, double>> DeliveredAsync(long projectId, CancellationToken ct)
    {
        var sessions = await db.CounsellingSessions.CountAsync(s => s.ProjectId == projectId, ct);
        var activities = await db.Activities.CountAsync(a => a.ProjectId == projectId, ct);
        var halfHours = await db.ServiceHours.Where(h => h.ProjectId == projectId).SumAsync(h => (long)h.HalfHours, ct);
        return new Dictionary<ProjectServiceKind, double>
        {
            [ProjectServiceKind.CounsellingSessions] = sessions,
            [ProjectServiceKind.Activities] = activities,
            [ProjectServiceKind.VolunteerHours] = halfHours / 2.0,
        };
    }

    /// <summary>The number of distinct women (Registry ids) the project served.</summary>
    public Task<int> CountWomenServedAsync(long projectId, CancellationToken ct) => WomenServedBy(projectId).Distinct().CountAsync(ct);

    /// <summary>
    /// The Registry ids of the women a project served, one row per service (repeats allowed): the women named in the
    /// volunteer hours logged under it, the attendees of its counselling sessions and those signed in to its activities.
    /// </summary>
    private IQueryable<long> WomenServedBy(long projectId) =>
        db.ServedWomen.Where(w => w.ProjectId == projectId).Select(w => w.WomanId)
            .Concat(db.CounsellingAttendance.Where(a => db.CounsellingSessions.Any(s => s.Id == a.SessionId && s.ProjectId == projectId)).Select(a => a.WomanId))
            .Concat(db.Attendance.Where(a => db.Activities.Any(x => x.Id == a.ActivityId && x.ProjectId == projectId)).Select(a => a.WomanId));
}
