using Microsoft.Extensions.Options;
using Suite.Contracts.Common.V1;
using Suite.Domain;

namespace Suite.Casework;

/// <summary>
/// Makes the referrals a service opens itself (a red matter, a need on the form, a screening result, a priority woman
/// without help): add the record to the context and <see cref="EventsOf"/> to the same save. A referral to the service
/// itself is received at once and needs no event.
/// </summary>
public sealed class ReferralFactory(TimeProvider clock, IOptions<ReferralOptions> options)
{
    public string Me => options.Value.Service;

    public ReferralRecord Outgoing(string target, long womanId, string village, ReferralReason reason, List<ReferralNeed> needs, ReferralUrgency urgency,
        bool sensitive = false, List<string>? details = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var self = target == Me;
        var record = new ReferralRecord
        {
            Sent = !self, Source = Me, Target = target, WomanId = womanId, VillageCode = village, Reason = reason, Needs = needs, Urgency = urgency,
            Sensitive = sensitive, Details = details ?? [], DueDate = clock.Today().AddDays(options.Value.DaysFor(urgency)), CreatedBy = "service:" + Me,
            CreatedAt = now, Version = 1,
        };
        record.MoveTo(self ? ReferralStatus.Received : ReferralStatus.Sent, now);
        return record;
    }

    /// <summary>The events a new referral needs after its save: none to itself.</summary>
    public static IEnumerable<Google.Protobuf.IMessage> EventsOf(ReferralRecord record) => record.Sent ? [ReferralEvents.Sent(record)] : [];
}
