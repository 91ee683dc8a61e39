using Google.Protobuf;
using Suite.Contracts.Common.V1;

namespace Suite.Casework;

/// <summary>The events that keep the two sides of a referral in step: codes only, never the sender's note.</summary>
public static class ReferralEvents
{
    public static ReferralSent Sent(ReferralRecord r) => new()
    {
        ReferralId = r.Id, Source = r.Source, Target = r.Target, WomanId = r.WomanId, VillageCode = r.VillageCode, Reason = r.Reason,
        Needs = { r.Needs }, Urgency = r.Urgency, Sensitive = r.Sensitive, DueDate = Date.From(r.DueDate), Details = { r.Details },
    };

    /// <summary>What the receiver tells the sender (received, accepted, done, returned), or the sender the receiver (withdrawn).</summary>
    public static IMessage Answered(ReferralRecord r) => new ReferralAnswered
    {
        ReferralId = r.Sent ? r.Id : r.RemoteId, Source = r.Source, Target = r.Target, Status = r.Status, OwnerName = r.OwnerName,
        Outcome = r.Outcome, ReturnReason = r.ReturnReason,
    };
}
