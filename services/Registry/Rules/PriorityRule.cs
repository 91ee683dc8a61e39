using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Rules;

/// <summary>
/// Classified service, priorities first (MDJ (一), JL (二十三)): women with living difficulties, disability
/// or serious illness are priority. An assessment may raise the level, never lower the derived one.
/// </summary>
public static class PriorityRule
{
    public static IReadOnlyList<string> Reasons(EconomicStatus economic, HealthStatus health)
    {
        var reasons = new List<string>(2);
        var hardship = economic switch
        {
            EconomicStatus.LowIncome => "低收入家庭",
            EconomicStatus.MinimumAllowance => "最低生活保障",
            EconomicStatus.ExtremePoverty => "特困供养",
            EconomicStatus.Monitored => "防返贫监测户",
            _ => null,
        };
        if (hardship is not null)
        {
            reasons.Add("生活困难：" + hardship);
        }
        if (health == HealthStatus.Disabled)
        {
            reasons.Add("残疾");
        }
        if (health == HealthStatus.SeriousIllness)
        {
            reasons.Add("患大病");
        }
        return reasons;
    }

    public static PriorityLevel Derived(EconomicStatus economic, HealthStatus health) =>
        Reasons(economic, health).Count > 0 ? PriorityLevel.Priority : PriorityLevel.Routine;

    public static PriorityLevel Effective(PriorityLevel derived, PriorityLevel assessed) => derived >= assessed ? derived : assessed;
}
