using Suite.Contracts.Common.V1;
using Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.Rules;

/// <summary>
/// What a matter that turned red asks of other departments, as codes: a domestic-violence matter needs psychological
/// support and temporary assistance at once (MDJ (五): 心理疏导 and 临时救助 for victims); an abandoned woman without
/// maintenance needs living assistance; other kinds are for Legal aid alone. The kind itself never leaves the service.
/// </summary>
public static class RedMatterNeeds
{
    public static (IReadOnlyList<ReferralNeed> Needs, ReferralUrgency Urgency) Of(MatterKind kind) => kind switch
    {
        MatterKind.DomesticViolence => ([ReferralNeed.PsychologicalSupport, ReferralNeed.TemporaryAssistance], ReferralUrgency.Urgent),
        MatterKind.AbandonmentMaintenance => ([ReferralNeed.LivingAssistance], ReferralUrgency.Routine),
        _ => ([], ReferralUrgency.Unspecified),
    };
}
