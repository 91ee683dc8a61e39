using Suite.Contracts.LegalAid.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.LegalAid.Rules;

/// <summary>
/// The simplified review (MDJ (五), JL (九)): a woman on minimum living allowance, extreme-poverty support, low income
/// or with a disability is exempt from the means test, from her Registry record; anyone else states her financial
/// hardship. The first rule that applies is the one recorded.
/// </summary>
public static class MeansTest
{
    public static (MeansTestRule Rule, string Explanation) Apply(Woman woman) => woman switch
    {
        { EconomicStatus: EconomicStatus.MinimumAllowance } => (MeansTestRule.ExemptMinimumAllowance, "免于经济困难审查：享受最低生活保障（台账）"),
        { EconomicStatus: EconomicStatus.ExtremePoverty } => (MeansTestRule.ExemptExtremePoverty, "免于经济困难审查：特困供养人员（台账）"),
        { EconomicStatus: EconomicStatus.LowIncome } => (MeansTestRule.ExemptLowIncome, "免于经济困难审查：低收入家庭（台账）"),
        { Health: HealthStatus.Disabled } => (MeansTestRule.ExemptDisability, "免于经济困难审查：残疾人（台账）"),
        _ => (MeansTestRule.HardshipStatement, "需审查：本人的经济困难说明"),
    };

    public static bool IsExempt(MeansTestRule rule) => rule is not (MeansTestRule.HardshipStatement or MeansTestRule.Unspecified);
}
