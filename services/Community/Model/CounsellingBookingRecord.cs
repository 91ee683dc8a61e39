using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A registered woman booked at a counselling point for a date, until the session that holds it is recorded.</summary>
public sealed class CounsellingBookingRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PointId { get; set; }
    /// <summary>The point's area (who sees the booking).</summary>
    public string AreaCode { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public CounsellingSource Source { get; set; }
    /// <summary>The referral received by Community that asked for it.</summary>
    public long? ReferralId { get; set; }
    public CounsellingBookingStatus Status { get; set; }
    public string BookedBy { get; set; } = "";
    public DateTime BookedAt { get; set; }
}
