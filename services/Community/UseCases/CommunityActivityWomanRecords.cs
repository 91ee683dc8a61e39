using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Community.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Ledger;
using Suite.Security;

namespace Suite.Community.UseCases;

/// <summary>Her records in Community's activities for the case file: the activities she signed in to, in her village of the caller's area (activities.read).</summary>
public sealed class CommunityActivityWomanRecords(CommunityDbContext db, CurrentCaller caller) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        if (!caller.Has(CommunityPermissions.ActivitiesRead))
        {
            return [];
        }
        var scope = caller.Scope.Prefix;
        var attended = await db.Attendance.AsNoTracking().Where(a => a.WomanId == womanId && a.VillageCode.StartsWith(scope))
            .Join(db.Activities.AsNoTracking(), a => a.ActivityId, x => x.Id, (a, x) => new { x.Id, x.Date, x.Topic, x.Kind, a.VillageCode }).ToListAsync(ct);
        return attended.Select(a => new WomanRecord
        {
            Kind = "attendance", Id = a.Id, Date = Date.From(a.Date), Status = ProtoEnumNames.Of(a.Kind), AreaCode = a.VillageCode,
            Summary = $"参加社区活动（{CommunityLabels.Activity.Label(a.Kind)}）：{a.Topic}",
        }).ToList();
    }
}
