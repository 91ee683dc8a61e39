using Suite.Contracts.LegalAid.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of Legal aid's enums, shown in tables and accepted as option values.</summary>
public static class LegalAidLabels
{
    public static readonly CsvLabels<Channel> Channel = new(
        (Contracts.LegalAid.V1.Channel.Hotline12338, "12338热线"), (Contracts.LegalAid.V1.Channel.Hotline12348, "12348热线"),
        (Contracts.LegalAid.V1.Channel.TownshipRightsStation, "乡镇妇女维权站"), (Contracts.LegalAid.V1.Channel.WomensHome, "妇女之家"),
        (Contracts.LegalAid.V1.Channel.MediationCommittee, "人民调解委员会"), (Contracts.LegalAid.V1.Channel.VillageLegalAdviser, "村法律顾问"),
        (Contracts.LegalAid.V1.Channel.PoliceReferral, "公安转介"), (Contracts.LegalAid.V1.Channel.WalkIn, "来访"));

    public static readonly CsvLabels<MatterKind> Kind = new(
        (MatterKind.MarriageFamily, "婚姻家庭纠纷"), (MatterKind.DomesticViolence, "家庭暴力"), (MatterKind.AbandonmentMaintenance, "遗弃或扶养"),
        (MatterKind.LandRights, "土地承包权益"), (MatterKind.Neighbour, "邻里纠纷"), (MatterKind.ProductionLife, "生产生活纠纷"),
        (MatterKind.Fraud, "诈骗"), (MatterKind.Other, "其他"));

    public static readonly CsvLabels<MatterStatus> Status = new(
        (MatterStatus.Received, "已受理"), (MatterStatus.Assigned, "已分派"), (MatterStatus.InProgress, "办理中"),
        (MatterStatus.Resolved, "已化解"), (MatterStatus.Referred, "已转介"), (MatterStatus.Closed, "已结束"));

    public static readonly CsvLabels<MatterAction> Action = new(
        (MatterAction.Start, "开始办理"), (MatterAction.Resolve, "化解"), (MatterAction.Refer, "转介"), (MatterAction.Close, "结束"));

    public static readonly CsvLabels<RiskColour> Colour = new((RiskColour.Green, "绿"), (RiskColour.Yellow, "黄"), (RiskColour.Red, "红"));

    public static readonly CsvLabels<AidScope> Scope = new(
        (AidScope.Consultation, "法律咨询"), (AidScope.Representation, "代理"), (AidScope.ForensicAppraisal, "司法鉴定援助"));

    public static readonly CsvLabels<AidStatus> AidStatus = new(
        (Contracts.LegalAid.V1.AidStatus.Submitted, "已申请"), (Contracts.LegalAid.V1.AidStatus.Approved, "已批准"), (Contracts.LegalAid.V1.AidStatus.Refused, "不予援助"),
        (Contracts.LegalAid.V1.AidStatus.Assigned, "已指派"), (Contracts.LegalAid.V1.AidStatus.Closed, "已结案"));

    public static readonly CsvLabels<ProviderKind> Provider = new((ProviderKind.Lawyer, "法律援助律师"), (ProviderKind.LegalWorker, "基层法律服务工作者"));

    public static readonly CsvLabels<OrderStatus> Order = new(
        (OrderStatus.Applied, "已申请"), (OrderStatus.Issued, "已签发"), (OrderStatus.Refused, "被驳回"));

    public static readonly CsvLabels<CrimeKind> Crime = new(
        (CrimeKind.DomesticViolence, "家庭暴力"), (CrimeKind.Abandonment, "遗弃"), (CrimeKind.Fraud, "诈骗"), (CrimeKind.GangViolence, "黑恶暴力"));

    public static readonly CsvLabels<Agreement> Agreement = new(
        (Contracts.LegalAid.V1.Agreement.Reached, "达成协议"), (Contracts.LegalAid.V1.Agreement.NotReached, "未达成协议"));

    public static readonly CsvLabels<NextStep> NextStep = new(
        (Contracts.LegalAid.V1.NextStep.LegalAid, "转法律援助"), (Contracts.LegalAid.V1.NextStep.Police, "移送公安"));

    private static readonly Dictionary<string, string> Changes = new()
    {
        ["status"] = "状态", ["colour"] = "风险", ["handler"] = "承办人", ["follow_up"] = "回访", ["escalation"] = "上报", ["woman_exited"] = "妇女退出台账",
    };

    /// <summary>A history entry's change in Chinese.</summary>
    public static string Change(string change) => Changes.GetValueOrDefault(change, change);

    /// <summary>A value of a history entry: an enum's proto name becomes its Chinese name (an unset one, e.g. the colour
    /// before the first, 未定); other text stays.</summary>
    public static string Value(string text) =>
        Status.LabelOf(text) ?? Colour.LabelOf(text) ?? Channel.LabelOf(text) ?? Ledger.LedgerLabels.Exit.LabelOf(text)
        ?? (text.EndsWith("_UNSPECIFIED", StringComparison.Ordinal) ? "未定" : text);
}
