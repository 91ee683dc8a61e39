using Suite.Contracts.Common.V1;
using Suite.Persistence;

namespace Suite.Casework;

/// <summary>
/// A referral as one service holds it: sent by this service (<see cref="Sent"/>) or received by it. The two sides are
/// two rows in two databases, kept in step by events (ReferralSent, ReferralAnswered): the receiver's row names the
/// sender's id (<see cref="RemoteId"/>). Everything in it is codes, but the sender's own <see cref="Note"/>.
/// </summary>
public sealed class ReferralRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    /// <summary>The sender's request id (a person's send); "" for referrals the services open themselves.</summary>
    public string RequestId { get; set; } = "";
    public bool Sent { get; set; }
    public string Source { get; set; } = "";
    public string Target { get; set; } = "";
    /// <summary>On a received row, the sender's id of it.</summary>
    public long RemoteId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public ReferralReason Reason { get; set; }
    public List<ReferralNeed> Needs { get; set; } = [];
    public ReferralUrgency Urgency { get; set; }
    public bool Sensitive { get; set; }
    /// <summary>Codes that say more about the reason (a priority woman's reasons, a concern's kind).</summary>
    public List<string> Details { get; set; } = [];
    /// <summary>The sender's note; never sent to the receiver.</summary>
    public string Note { get; set; } = "";
    public ReferralStatus Status { get; set; }
    /// <summary>Not yet closed (sent, received or accepted): one open referral per woman, reason and target.</summary>
    public bool Open { get; set; } = true;
    public string Owner { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public ReferralOutcome Outcome { get; set; }
    public ReturnReason ReturnReason { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Moves to a status; closed statuses close it.</summary>
    public void MoveTo(ReferralStatus status, DateTime now)
    {
        Status = status;
        Open = status is ReferralStatus.Sent or ReferralStatus.Received or ReferralStatus.Accepted;
        UpdatedAt = now;
    }
}
