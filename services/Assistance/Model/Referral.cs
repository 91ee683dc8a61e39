using Suite.Contracts.Common.V1;

namespace Suite.Assistance.Model;

/// <summary>
/// A case for an officer to review, in codes: why (a priority woman without assistance, a screening diagnosis, a risk to
/// her safety, a concern about her children), what help she needs and how soon, and which service it came from. A
/// referral that comes from a sensitive matter is marked so: only holders of sensitive.read see its reason and source;
/// everyone else sees the needs and the urgency.
/// </summary>
public sealed class Referral
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public ReferralReason Reason { get; set; }
    public List<ReferralNeed> Needs { get; set; } = [];
    public ReferralUrgency Urgency { get; set; }
    /// <summary>The service it came from: "registry", "legalaid", "familyeducation", or "assistance" itself.</summary>
    public string Source { get; set; } = "";
    public bool Sensitive { get; set; }
    /// <summary>Codes that say more about the reason (a priority woman's reasons, a concern's kind); never free text.</summary>
    public List<string> Details { get; set; } = [];
    public bool Open { get; set; } = true;
    /// <summary>The event that opened it; null when this service opened it (a screening result).</summary>
    public long? SourceEventId { get; set; }
    public DateTime CreatedAt { get; set; }
}
