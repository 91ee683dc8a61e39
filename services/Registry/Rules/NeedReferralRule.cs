using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Model;
using Woman = Suite.Registry.Model.Woman;

namespace Suite.Registry.Rules;

/// <summary>
/// Which department meets each need written on a woman's form (信息共享, 部门联动), and which of her needs may be told
/// to other departments: none without her consent to share, and health and psychological needs only with her separate
/// consent to share health (PIPL Art. 29).
/// </summary>
public static class NeedReferralRule
{
    public static (string Target, ReferralNeed Need) Of(Need need) => need switch
    {
        Need.Legal => (ResourceNames.LegalAid, ReferralNeed.LegalHelp),
        Need.Employment => (ResourceNames.Employment, ReferralNeed.Employment),
        Need.Training => (ResourceNames.Employment, ReferralNeed.Training),
        Need.FamilyEducation => (ResourceNames.FamilyEducation, ReferralNeed.FamilyEducation),
        Need.Psychological => (ResourceNames.Assistance, ReferralNeed.PsychologicalSupport),
        Need.Health => (ResourceNames.Assistance, ReferralNeed.HealthServices),
        Need.LivingAssistance => (ResourceNames.Assistance, ReferralNeed.LivingAssistance),
        _ => ("", ReferralNeed.Unspecified),
    };

    /// <summary>The needs of hers that go to other departments: her needs as she consented to share them, while she is on the ledger.</summary>
    public static NeedSet Referable(Woman w) => Shareable(w, w.AllNeeds);

    /// <summary>Of the given needs (her form's, or a visit's findings), those she consented to share, while she is on the ledger.</summary>
    public static NeedSet Shareable(Woman w, NeedSet needs)
    {
        if (!w.ConsentToShare || w.Status != LedgerStatus.Active)
        {
            return NeedSet.None;
        }
        if (!w.ConsentToShareHealth)
        {
            needs &= ~(NeedSets.Bit(Need.Health) | NeedSets.Bit(Need.Psychological));
        }
        return needs;
    }

    /// <summary>Her needs by the department that meets them.</summary>
    public static Dictionary<string, List<ReferralNeed>> ByTarget(NeedSet needs) => needs.ToNeeds()
        .Select(Of).Where(t => t.Target.Length > 0)
        .GroupBy(t => t.Target).ToDictionary(g => g.Key, g => g.Select(t => t.Need).Distinct().ToList());
}
