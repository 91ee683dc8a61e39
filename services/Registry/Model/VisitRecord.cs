using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

/// <summary>One visit to a woman (定期探访): who, when, how, what was found; the note stays in the Registry.</summary>
public sealed class VisitRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Visitor { get; set; } = "";
    public VisitMethod Method { get; set; }
    public NeedSet NeedsFound { get; set; }
    public List<VisitRisk> Risks { get; set; } = [];
    public bool SituationChanged { get; set; }
    public string Note { get; set; } = "";
    public DateOnly NextDue { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    /// <summary>The referrals the visit sent (their ids in the Registry).</summary>
    public List<long> ReferralIds { get; set; } = [];
}
