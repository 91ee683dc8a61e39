using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

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

    public static string Reason(ReferralReason reason) => CaseworkLabels.Reason.Label(reason);

    public static string Need(ReferralNeed need) => CaseworkLabels.Need.Label(need);

    /// <summary>The department work a service stands for: "法律援助".</summary>
    public static string Service(string service) => CaseworkLabels.Service(service);

    public static string Status(ReferralStatus status) => CaseworkLabels.Status.Label(status);

    public static string Outcome(ReferralOutcome outcome) => CaseworkLabels.Outcome.Label(outcome);

    public static string Return(ReturnReason reason) => CaseworkLabels.Return.Label(reason);

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
