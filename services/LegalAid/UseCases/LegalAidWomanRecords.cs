using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.LegalAid.Infrastructure;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// Her records in Legal aid for the case file, for legalaid.matters.read holders of her area: matters, legal-aid
/// applications, mediations; protection orders and police referrals for holders of sensitive.read. A sensitive matter,
/// and everything attached to it, is left out for a caller who may not see it (neither its handler nor a holder of
/// sensitive.read): nothing tells it exists.
/// </summary>
public sealed class LegalAidWomanRecords(LegalAidDbContext db, CurrentCaller caller, MatterAccess access) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        if (!caller.Has(LegalAidPermissions.MattersRead))
        {
            return [];
        }
        var scope = caller.Scope.Prefix;
        var matters = (await db.Matters.AsNoTracking().Where(m => m.WomanId == womanId && m.AreaCode.StartsWith(scope)).ToListAsync(ct)).Where(access.CanSeeDetails).ToList();
        var visible = matters.Select(m => m.Id).ToHashSet();
        var hidden = await db.Matters.AsNoTracking().Where(m => m.WomanId == womanId && m.Sensitive).Select(m => m.Id).ToListAsync(ct);
        var records = matters.Select(m => new WomanRecord
        {
            Kind = "matter", Id = m.Id, Date = Date.From(DateOnly.FromDateTime(m.CreatedAt.AddHours(8))), Status = ProtoEnumNames.Of(m.Status), AreaCode = m.AreaCode,
            Summary = $"{Kind(m.Kind)}事项：{Status(m.Status)}" + (m.RiskColour == Proto.RiskColour.Red ? "，红色" : m.RiskColour == Proto.RiskColour.Yellow ? "，黄色" : "")
                + (m.HandlerName.Length > 0 ? $"，承办人 {m.HandlerName}" : ""),
        }).ToList();
        var aid = await db.AidCases.AsNoTracking().Where(a => a.WomanId == womanId && a.AreaCode.StartsWith(scope)).ToListAsync(ct);
        records.AddRange(aid.Where(a => a.MatterId is not { } matter || !hidden.Contains(matter) || visible.Contains(matter)).Select(a => new WomanRecord
        {
            Kind = "legal_aid", Id = a.Id, Date = Date.From(DateOnly.FromDateTime(a.SubmittedAt.AddHours(8))), Status = ProtoEnumNames.Of(a.Status), AreaCode = a.AreaCode,
            Summary = $"法律援助申请：{AidStatus(a.Status)}" + (a.ProviderName.Length > 0 ? $"，承办 {a.ProviderName}" : ""),
        }));
        var mediations = await db.Mediations.AsNoTracking().Where(m => visible.Contains(m.MatterId)).ToListAsync(ct);
        records.AddRange(mediations.Select(m => new WomanRecord
        {
            Kind = "mediation", Id = m.Id, Date = Date.From(DateOnly.FromDateTime(m.OpenedAt.AddHours(8))), Status = ProtoEnumNames.Of(m.Agreement), AreaCode = m.AreaCode,
            Summary = $"人民调解（{m.Committee}）：" + (m.ClosedAt is null ? "进行中" : m.Agreement == Proto.Agreement.Reached ? "达成协议" : "未达成协议"),
        }));
        if (caller.Has(SuitePermissions.SensitiveRead))
        {
            var orders = await db.ProtectionOrders.AsNoTracking().Where(o => o.WomanId == womanId && o.AreaCode.StartsWith(scope)).ToListAsync(ct);
            records.AddRange(orders.Select(o => new WomanRecord
            {
                Kind = "protection_order", Id = o.Id, Date = Date.From(o.IssuedOn ?? o.AppliedOn), Status = ProtoEnumNames.Of(o.Status), AreaCode = o.AreaCode,
                Summary = $"人身安全保护令（{o.Court}）：" + (o.Status == Proto.OrderStatus.Issued ? $"已签发，至 {o.ExpiresOn:yyyy-MM-dd}" : o.Status == Proto.OrderStatus.Refused ? "未签发" : "已申请"),
            }));
            var referrals = await db.PoliceReferrals.AsNoTracking().Where(r => visible.Contains(r.MatterId)).ToListAsync(ct);
            records.AddRange(referrals.Select(r => new WomanRecord
            {
                Kind = "police_referral", Id = r.Id, Date = Date.From(r.ReferredOn), Status = r.FeedbackOn is null ? "REFERRED" : "FEEDBACK", AreaCode = r.AreaCode,
                Summary = $"移送公安（{r.Station}）" + (r.FeedbackOn is null ? "，待反馈" : "，已反馈"),
            }));
        }
        return records;
    }

    private static string Kind(Proto.MatterKind kind) => kind switch
    {
        Proto.MatterKind.MarriageFamily => "婚姻家庭纠纷",
        Proto.MatterKind.DomesticViolence => "家庭暴力",
        Proto.MatterKind.AbandonmentMaintenance => "遗弃、扶养",
        Proto.MatterKind.LandRights => "土地承包权益",
        Proto.MatterKind.Neighbour => "邻里纠纷",
        Proto.MatterKind.ProductionLife => "生产生活纠纷",
        Proto.MatterKind.Fraud => "诈骗",
        _ => "其他",
    };

    private static string Status(Proto.MatterStatus status) => status switch
    {
        Proto.MatterStatus.Received => "已受理",
        Proto.MatterStatus.Assigned => "已分派",
        Proto.MatterStatus.InProgress => "办理中",
        Proto.MatterStatus.Resolved => "已化解",
        Proto.MatterStatus.Referred => "已移交",
        Proto.MatterStatus.Closed => "已办结",
        _ => "",
    };

    private static string AidStatus(Proto.AidStatus status) => status switch
    {
        Proto.AidStatus.Submitted => "已申请",
        Proto.AidStatus.Approved => "已批准",
        Proto.AidStatus.Refused => "不予援助",
        Proto.AidStatus.Assigned => "已指派",
        Proto.AidStatus.Closed => "已结案",
        _ => "",
    };
}
