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
        { EconomicStatus: EconomicStatus.MinimumAllowance } => (MeansTestRule.ExemptMinimumAllowance, "exempt: minimum living allowance recipient (Registry)"),
        { EconomicStatus: EconomicStatus.ExtremePoverty } => (MeansTestRule.ExemptExtremePoverty, "exempt: extreme-poverty support (Registry)"),
        { EconomicStatus: EconomicStatus.LowIncome } => (MeansTestRule.ExemptLowIncome, "exempt: low-income household (Registry)"),
        { Health: HealthStatus.Disabled } => (MeansTestRule.ExemptDisability, "exempt: disabled (Registry)"),
        _ => (MeansTestRule.HardshipStatement, "not exempt: her statement of financial hardship"),
    };

    public static bool IsExempt(MeansTestRule rule) => rule is not (MeansTestRule.HardshipStatement or MeansTestRule.Unspecified);
}
