using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// What a matter asks of civil affairs (Assistance), as a referral sent in the matter's own transaction: a matter that
/// turned red (a domestic-violence one: psychological support and temporary assistance at once), and a protection order
/// issued (temporary assistance at once). Only codes cross; a sensitive matter's referral shows its reason and source to
/// holders of sensitive.read alone. One open referral per woman and reason: a second red matter adds none.
/// </summary>
public sealed class MatterReferrals(LegalAidDbContext db, ReferralFactory factory)
{
    public async Task<ReferralRecord?> ForRedAsync(Matter matter, CancellationToken ct)
    {
        var (needs, urgency) = RedMatterNeeds.Of(matter.Kind);
        var reason = matter.Kind == Proto.MatterKind.DomesticViolence ? ReferralReason.SafetyRisk : ReferralReason.Other;
        return needs.Count == 0 ? null : await OpenAsync(matter.WomanId, matter.AreaCode, reason, [.. needs], urgency, matter.Sensitive, ct);
    }

    public Task<ReferralRecord?> ForOrderAsync(ProtectionOrderRecord order, CancellationToken ct) =>
        OpenAsync(order.WomanId, order.AreaCode, ReferralReason.SafetyRisk, [ReferralNeed.TemporaryAssistance], ReferralUrgency.Urgent, sensitive: true, ct);

    private async Task<ReferralRecord?> OpenAsync(long? womanId, string village, ReferralReason reason, List<ReferralNeed> needs, ReferralUrgency urgency, bool sensitive, CancellationToken ct)
    {
        if (womanId is not { } woman
            || await db.Set<ReferralRecord>().AnyAsync(r => r.Open && r.Sent && r.Target == ResourceNames.Assistance && r.WomanId == woman && r.Reason == reason, ct))
        {
            return null;
        }
        var referral = factory.Outgoing(ResourceNames.Assistance, woman, village, reason, needs, urgency, sensitive);
        db.Add(referral);
        return referral;
    }

    /// <summary>The referral's events after the save, if one was opened.</summary>
    public static IEnumerable<Google.Protobuf.IMessage> EventsOf(ReferralRecord? referral) => referral is null ? [] : ReferralFactory.EventsOf(referral);
}
