using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Rules;

/// <summary>
/// Classified service, priorities first (MDJ (一), JL (二十三)): women with living difficulties, disability
/// or serious illness are priority. An assessment may raise the level, never lower the derived one.
/// </summary>
public static class PriorityRule
{
    public static IReadOnlyList<PriorityReason> Reasons(EconomicStatus economic, HealthStatus health)
    {
        var reasons = new List<PriorityReason>(2);
        var hardship = economic switch
        {
            EconomicStatus.LowIncome => PriorityReason.LowIncome,
            EconomicStatus.MinimumAllowance => PriorityReason.MinimumAllowance,
            EconomicStatus.ExtremePoverty => PriorityReason.ExtremePoverty,
            EconomicStatus.Monitored => PriorityReason.Monitored,
            _ => PriorityReason.Unspecified,
        };
        if (hardship != PriorityReason.Unspecified)
        {
            reasons.Add(hardship);
        }
        if (health == HealthStatus.Disabled)
        {
            reasons.Add(PriorityReason.Disability);
        }
        if (health == HealthStatus.SeriousIllness)
        {
            reasons.Add(PriorityReason.SeriousIllness);
        }
        return reasons;
    }

    /// <summary>The reason as officers say it, e.g. "生活困难：最低生活保障".</summary>
    public static string Words(PriorityReason reason) => reason switch
    {
        PriorityReason.LowIncome => "生活困难：低收入家庭",
        PriorityReason.MinimumAllowance => "生活困难：最低生活保障",
        PriorityReason.ExtremePoverty => "生活困难：特困供养",
        PriorityReason.Monitored => "生活困难：防返贫监测户",
        PriorityReason.Disability => "残疾",
        PriorityReason.SeriousIllness => "患大病",
        PriorityReason.Assessed => "评估为重点",
        _ => "",
    };

    public static PriorityLevel Derived(EconomicStatus economic, HealthStatus health) =>
        Reasons(economic, health).Count > 0 ? PriorityLevel.Priority : PriorityLevel.Routine;

    public static PriorityLevel Effective(PriorityLevel derived, PriorityLevel assessed) => derived >= assessed ? derived : assessed;
}
