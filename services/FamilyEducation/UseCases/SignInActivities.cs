using Microsoft.EntityFrameworkCore;
using Suite.Casework.SignIn;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.Persistence;
using Suite.Security;

namespace Suite.FamilyEducation.UseCases;

/// <summary>Family education's activities and attendance for the suite's sign-in importer (<see cref="SignInImporter"/>).</summary>
public sealed class SignInActivities(FamilyEducationDbContext db, CurrentCaller caller) : ISignInActivities
{
    public async Task<SignInActivity> FindAsync(long activityId, CancellationToken ct)
    {
        var activity = await db.FindInScopeAsync<ActivityRecord>(activityId, a => a.AreaCode, caller.Scope, ActivityDesk.ActivityType, ct, "activity_id");
        return new SignInActivity(activity.Id, activity.Date);
    }

    public async Task<IReadOnlySet<long>> RecordedAsync(long activityId, IReadOnlyCollection<long> womanIds, CancellationToken ct) =>
        (await db.Attendance.Where(a => a.ActivityId == activityId && womanIds.Contains(a.WomanId)).Select(a => a.WomanId).ToListAsync(ct)).ToHashSet();

    public async Task RecordAsync(SignInActivity activity, IReadOnlyList<SignedInWoman> women, CancellationToken ct)
    {
        db.Attendance.AddRange(women.Select(w => new AttendanceRecord { ActivityId = activity.Id, WomanId = w.WomanId, VillageCode = w.VillageCode, Date = activity.Date }));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.Activities.Where(a => a.Id == activity.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RegisteredAttendance, a => a.RegisteredAttendance + women.Count), ct);
        await transaction.CommitAsync(ct);
    }
}
