namespace Suite.Assistance.Model;

/// <summary>A woman flagged priority with no active assistance: opened for an officer to review (one-to-one help).</summary>
public sealed class Referral
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public string Reason { get; set; } = "";
    public bool Open { get; set; } = true;
    /// <summary>The Registry event that opened it.</summary>
    public long SourceEventId { get; set; }
    public DateTime CreatedAt { get; set; }
}
