using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Casework;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Security;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>Her records in Assistance for the case file: applications (with what they paid), screenings and sessions, pairings; for applications.read holders of her area.</summary>
public sealed class AssistanceWomanRecords(AssistanceDbContext db, CurrentCaller caller) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        if (!caller.Has(AssistancePermissions.ApplicationsRead))
        {
            return [];
        }
        var scope = caller.Scope.Prefix;
        var names = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var applications = await db.Applications.AsNoTracking().Where(a => a.WomanId == womanId && a.VillageCode.StartsWith(scope)).ToListAsync(ct);
        var benefits = await db.Benefits.AsNoTracking().Where(b => b.WomanId == womanId && b.VillageCode.StartsWith(scope)).ToListAsync(ct);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.WomanId == womanId && p.VillageCode.StartsWith(scope)).ToListAsync(ct);
        var records = new List<WomanRecord>();
        foreach (var a in applications)
        {
            var paid = benefits.Where(b => b.ApplicationId == a.Id && b.PaidOn != null).ToList();
            records.Add(new WomanRecord
            {
                Kind = "application", Id = a.Id, Date = Date.From(DateOnly.FromDateTime(a.CreatedAt.AddHours(8))), Status = ProtoEnumNames.Of(a.Status), AreaCode = a.VillageCode,
                Summary = $"{names.GetValueOrDefault(a.ProgrammeCode, a.ProgrammeCode)}：{Status(a.Status)}" + (a.EligibilityOverridden ? "（不符合条件，说明理由后批准）" : "")
                    + (paid.Count > 0 ? $"，已发放 {paid.Count} 次共 {paid.Sum(b => b.AmountFen) / 100m:0.##} 元" : ""),
            });
        }
        foreach (var b in benefits.Where(b => b.Kind is Proto.BenefitKind.Screening or Proto.BenefitKind.Session && b.Date is not null))
        {
            records.Add(new WomanRecord
            {
                Kind = "benefit", Id = b.Id, Date = Date.From(b.Date!.Value), Status = ProtoEnumNames.Of(b.Kind), AreaCode = b.VillageCode,
                Summary = $"{names.GetValueOrDefault(b.ProgrammeCode, b.ProgrammeCode)}：" + (b.Kind == Proto.BenefitKind.Screening ? "筛查" + Screening(b.ScreeningResult) : "服务一次"),
            });
        }
        records.AddRange(pairings.Select(p => new WomanRecord
        {
            Kind = "pairing", Id = p.Id, Date = Date.From(DateOnly.FromDateTime(p.CreatedAt.AddHours(8))), Status = p.Active ? "ACTIVE" : "ENDED", AreaCode = p.VillageCode,
            Summary = $"爱心妈妈结对：{p.VolunteerName}" + (p.VolunteerOrganisation.Length > 0 ? $"（{p.VolunteerOrganisation}）" : "") + (p.Active ? "" : "，已结束"),
        }));
        return records;
    }

    private static string Status(Proto.ApplicationStatus status) => status switch
    {
        Proto.ApplicationStatus.Submitted => "已申请",
        Proto.ApplicationStatus.UnderReview => "审核中",
        Proto.ApplicationStatus.Approved => "已批准",
        Proto.ApplicationStatus.Rejected => "未批准",
        Proto.ApplicationStatus.Active => "享受中",
        Proto.ApplicationStatus.Ended => "已终止",
        _ => "",
    };

    private static string Screening(Proto.ScreeningResult result) => result switch
    {
        Proto.ScreeningResult.Normal => "，未见异常",
        Proto.ScreeningResult.FollowUp => "，需复查",
        Proto.ScreeningResult.Diagnosed => "，已确诊",
        _ => "",
    };
}
