using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A county's selection round (最美家庭, good examples): nominations until the deadline, a public notice of its days.</summary>
public sealed class CommendationRoundRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Title { get; set; } = "";
    public CommendationKind Kind { get; set; }
    /// <summary>The county's 6-digit code.</summary>
    public string AreaCode { get; set; } = "";
    public DateOnly NominationDeadline { get; set; }
    public int NoticeDays { get; set; }
    public DateOnly CreatedOn { get; set; }
    public string CreatedBy { get; set; } = "";
}
