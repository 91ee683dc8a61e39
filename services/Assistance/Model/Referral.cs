namespace Suite.Assistance.Model;

/// <summary>A case for an officer to review: a woman flagged priority with no assistance, or a screening diagnosis that calls for cancer aid.</summary>
public sealed class Referral
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public string Reason { get; set; } = "";
    public bool Open { get; set; } = true;
    /// <summary>The Registry event that opened it; null when a screening result opened it.</summary>
    public long? SourceEventId { get; set; }
    public DateTime CreatedAt { get; set; }
}
