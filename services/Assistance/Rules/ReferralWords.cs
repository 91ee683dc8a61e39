using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.Rules;

/// <summary>A referral's codes as officers read them: "人身安全风险（来自法律援助）：需要心理疏导、临时救助（紧急）".</summary>
public static class ReferralWords
{
    public static string Of(ReferralReason reason, string source, IEnumerable<ReferralNeed> needs, ReferralUrgency urgency, IEnumerable<string> details)
    {
        var why = reason == ReferralReason.Unspecified ? "" : Reason(reason) + Details(details) + (Source(source) is { Length: > 0 } from ? $"（来自{from}）" : "");
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

    private static string Source(string source) => source switch
    {
        "registry" => "妇女台账",
        "legalaid" => "法律援助",
        "familyeducation" => "家庭教育",
        "employment" => "就业培训",
        "assistance" => "本部门",
        _ => "",
    };

    // A priority woman's reasons ("PRIORITY_REASON_MINIMUM_ALLOWANCE") in words; other detail codes are not shown.
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
