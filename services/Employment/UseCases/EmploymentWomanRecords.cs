using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Employment.Infrastructure;
using Suite.Employment.Rules;
using Suite.Security;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>Her records in Employment for the case file: training (enrolments, certificates) for training.read holders, jobs (registration, placements, start-up support) for jobs.read holders, of her area.</summary>
public sealed class EmploymentWomanRecords(EmploymentDbContext db, CurrentCaller caller) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        var scope = caller.Scope.Prefix;
        var records = new List<WomanRecord>();
        if (caller.Has(EmploymentPermissions.TrainingRead))
        {
            var courses = await db.Courses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.WomanId == womanId && e.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(enrolments.Select(e => new WomanRecord
            {
                Kind = "enrolment", Id = e.Id, Date = Date.From(DateOnly.FromDateTime(e.EnrolledAt.AddHours(8))), Status = ProtoEnumNames.Of(e.Status), AreaCode = e.VillageCode,
                Summary = $"培训：{courses.GetValueOrDefault(e.CourseId, "")}，" + (e.Status switch { Proto.EnrolmentStatus.Completed => "已结业", Proto.EnrolmentStatus.Dropped => "已退出", _ => "在训" })
                    + $"，出勤 {e.SessionsAttended} 次",
            }));
            var certificates = await db.Certificates.AsNoTracking().Where(c => c.WomanId == womanId && c.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(certificates.Select(c => new WomanRecord
            {
                Kind = "certificate", Id = c.Id, Date = Date.From(c.IssuedOn), Status = "ISSUED", AreaCode = c.VillageCode,
                Summary = $"证书：{TradeNames.Of(c.Trade)} {c.Level}（{c.Issuer}）",
            }));
        }
        if (caller.Has(EmploymentPermissions.JobsRead))
        {
            if (await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.WomanId == womanId && j.VillageCode.StartsWith(scope), ct) is { } seeker)
            {
                records.Add(new WomanRecord
                {
                    Kind = "job_seeker", Id = seeker.WomanId, Date = Date.From(DateOnly.FromDateTime(seeker.RegisteredAt.AddHours(8))), Status = ProtoEnumNames.Of(seeker.Status), AreaCode = seeker.VillageCode,
                    Summary = (seeker.Status == Proto.SeekerStatus.Employed ? "就业登记" : "失业登记") + (seeker.Active ? "" : "（已注销）"),
                });
            }
            var posts = await db.Posts.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, ct);
            var placements = await db.Placements.AsNoTracking().Where(p => p.WomanId == womanId && p.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(placements.Select(p => new WomanRecord
            {
                Kind = "placement", Id = p.Id, Date = Date.From(p.StartDate), Status = p.EndDate is null ? "ACTIVE" : "ENDED", AreaCode = p.VillageCode,
                Summary = $"上岗：{posts.GetValueOrDefault(p.PostId, "")}，月收入 {p.MonthlyPayYuan} 元" + (p.EndDate is { } end ? $"，{end:yyyy-MM-dd} 离岗" : ""),
            }));
            var support = await db.StartupSupport.AsNoTracking().Where(s => s.WomanId == womanId && s.VillageCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(support.Select(s => new WomanRecord
            {
                Kind = "startup_support", Id = s.Id, Date = Date.From(s.Date), Status = ProtoEnumNames.Of(s.Kind), AreaCode = s.VillageCode,
                Summary = (s.Kind == Proto.SupportKind.GuaranteedLoan ? "创业担保贷款" : "一次性创业补贴") + $" {s.AmountYuan} 元",
            }));
        }
        return records;
    }
}
