using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Casework;

/// <summary>A referral's codes as officers read them, in Chinese: "人身安全风险（来自法律援助）：需要心理疏导、临时救助（紧急）".</summary>
public static class ReferralWords
{
    public static string Of(ReferralReason reason, string source, IEnumerable<ReferralNeed> needs, ReferralUrgency urgency, IEnumerable<string> details)
    {
        var why = reason == ReferralReason.Unspecified ? "" : Reason(reason) + Details(details) + (Service(source) is { Length: > 0 } from ? $"（来自{from}）" : "");
        var what = string.Join("、", needs.Select(Need).Where(n => n.Length > 0));
        var text = (why, what) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"{why}：需要{what}",
            ({ Length: > 0 }, _) => why,
            (_, { Length: > 0 }) => $"需要{what}",
            _ => "转介",
        };
        return urgency == ReferralUrgency.Urgent ? text + "（紧急）" : text;
    }

    public static string Reason(ReferralReason reason) => reason switch
    {
        ReferralReason.PriorityWoman => "重点妇女尚无帮扶",
        ReferralReason.ScreeningResult => "筛查结果需救助",
        ReferralReason.SafetyRisk => "人身安全风险",
        ReferralReason.GuardianshipConcern => "儿童监护问题",
        ReferralReason.NeedOnForm => "登记表所列需求",
        ReferralReason.VisitFinding => "走访发现",
        ReferralReason.Other => "其他",
        _ => "",
    };

    public static string Need(ReferralNeed need) => need switch
    {
        ReferralNeed.LivingAssistance => "生活救助",
        ReferralNeed.TemporaryAssistance => "临时救助",
        ReferralNeed.MedicalAssistance => "医疗救助",
        ReferralNeed.PsychologicalSupport => "心理疏导",
        ReferralNeed.HealthServices => "健康服务",
        ReferralNeed.CancerAid => "两癌救助",
        ReferralNeed.LegalHelp => "法律帮助",
        ReferralNeed.Employment => "就业帮扶",
        ReferralNeed.Training => "技能培训",
        ReferralNeed.FamilyEducation => "家庭教育指导",
        ReferralNeed.ChildGuardianship => "儿童主任上门查看",
        ReferralNeed.OneToOneHelp => "一对一帮扶",
        _ => "",
    };

    /// <summary>The department work a service stands for: "法律援助".</summary>
    public static string Service(string service) => service switch
    {
        "registry" => "妇女台账",
        "assistance" => "社会救助",
        "legalaid" => "法律援助",
        "employment" => "就业培训",
        "familyeducation" => "家庭教育",
        _ => "",
    };

    public static string Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "已发出",
        ReferralStatus.Received => "已收到",
        ReferralStatus.Accepted => "已受理",
        ReferralStatus.Done => "已办结",
        ReferralStatus.Returned => "已退回",
        ReferralStatus.Withdrawn => "已撤回",
        _ => "",
    };

    public static string Outcome(ReferralOutcome outcome) => outcome switch
    {
        ReferralOutcome.Helped => "已帮扶",
        ReferralOutcome.NotEligible => "不符合条件",
        ReferralOutcome.Declined => "本人不需要",
        ReferralOutcome.Unreachable => "联系不上",
        ReferralOutcome.ReferredOn => "已转其他部门",
        _ => "",
    };

    public static string Return(ReturnReason reason) => reason switch
    {
        ReturnReason.NotOurs => "不属本部门职责",
        ReturnReason.OutsideArea => "不在本辖区",
        ReturnReason.AlreadyServed => "已在本部门帮扶",
        ReturnReason.NotEnough => "信息不足",
        _ => "",
    };

    // A priority woman's reasons ("MinimumAllowance") in words; other detail codes are not shown.
    private static string Details(IEnumerable<string> details)
    {
        var words = details.Select(d => Enum.TryParse<PriorityReason>(d, out var reason) ? Priority(reason) : "").Where(w => w.Length > 0).ToList();
        return words.Count == 0 ? "" : $"（{string.Join("、", words)}）";
    }

    private static string Priority(PriorityReason reason) => reason switch
    {
        PriorityReason.LowIncome => "低收入家庭",
        PriorityReason.MinimumAllowance => "最低生活保障",
        PriorityReason.ExtremePoverty => "特困供养",
        PriorityReason.Monitored => "防返贫监测户",
        PriorityReason.Disability => "残疾",
        PriorityReason.SeriousIllness => "患大病",
        PriorityReason.Assessed => "评估为重点",
        _ => "",
    };
}
