using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.FamilyEducation.Infrastructure;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// Her records in Family education for the case file, of her area: activities she attended (activities.read), her
/// household's one-to-one guidance and the concerns raised about her children (guidance.read: the kind and where it
/// stands, never the narrative, as ListConcerns shows them), and the number of her children under 16 (children.read).
/// </summary>
public sealed class FamilyEducationWomanRecords(FamilyEducationDbContext db, CurrentCaller caller, TimeProvider clock) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        var scope = caller.Scope.Prefix;
        var records = new List<WomanRecord>();
        if (caller.Has(FamilyEducationPermissions.ActivitiesRead))
        {
            var attended = await db.Attendance.AsNoTracking().Where(a => a.WomanId == womanId && a.VillageCode.StartsWith(scope))
                .Join(db.Activities.AsNoTracking(), a => a.ActivityId, x => x.Id, (a, x) => new { x.Id, x.Date, x.Topic, x.Kind, a.VillageCode }).ToListAsync(ct);
            records.AddRange(attended.Select(a => new WomanRecord
            {
                Kind = "attendance", Id = a.Id, Date = Date.From(a.Date), Status = ProtoEnumNames.Of(a.Kind), AreaCode = a.VillageCode, Summary = $"参加活动：{a.Topic}",
            }));
        }
        if (caller.Has(FamilyEducationPermissions.GuidanceRead))
        {
            var pairings = await db.Pairings.AsNoTracking().Where(p => p.WomanId == womanId && p.VillageCode.StartsWith(scope)).ToListAsync(ct);
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.WomanId == womanId && s.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(pairings.Select(p => new WomanRecord
            {
                Kind = "guidance_pairing", Id = p.Id, Date = Date.From(sessions.Where(s => s.PairingId == p.Id).Select(s => s.Date).DefaultIfEmpty(p.NextSessionDate).Min()), Status = "PAIRED",
                AreaCode = p.VillageCode, Summary = $"家庭教育一对一指导：{p.GuideName}，已指导 {sessions.Count(s => s.PairingId == p.Id)} 次，下次 {p.NextSessionDate:yyyy-MM-dd}",
            }));
            var concerns = await db.Concerns.AsNoTracking().Where(c => c.WomanId == womanId && c.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(concerns.Select(c => new WomanRecord
            {
                Kind = "concern", Id = c.Id, Date = Date.From(DateOnly.FromDateTime(c.RaisedAt.AddHours(8))), Status = c.Open ? "OPEN" : "CLOSED", AreaCode = c.VillageCode,
                Summary = "儿童监护关注" + (c.Severity == Proto.Severity.Serious ? "（严重）" : "") + (c.Open ? "，跟进中" : "，已解决"),
            }));
        }
        if (caller.Has(FamilyEducationPermissions.ChildrenRead)
            && await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.WomanId == womanId && h.VillageCode.StartsWith(scope), ct) is { } household)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
            var minors = household.Children.Count(c => c.BirthDate is { } born && born.AddYears(16) > today);
            records.Add(new WomanRecord
            {
                Kind = "household", Id = household.WomanId, Date = Date.From(today), Status = household.Active ? "ACTIVE" : "INACTIVE", AreaCode = household.VillageCode,
                Summary = $"家庭：未满 16 周岁子女 {minors} 人",
            });
        }
        return records;
    }
}
