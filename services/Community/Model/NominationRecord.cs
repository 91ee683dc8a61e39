using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A woman's family nominated by her village in a round: reviewed by the township, on public notice, decided by the county.</summary>
public sealed class NominationRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long RoundId { get; set; }
    public long WomanId { get; set; }
    /// <summary>Her village (from the Registry when nominated): the nomination's area.</summary>
    public string VillageCode { get; set; } = "";
    public string Reason { get; set; } = "";
    public NominationStatus Status { get; set; }
    public string NominatedBy { get; set; } = "";
    public DateOnly NominatedOn { get; set; }
    public string ReviewReason { get; set; } = "";
    public DateOnly? ReviewedOn { get; set; }
    public DateOnly? NoticeFrom { get; set; }
    public DateOnly? NoticeUntil { get; set; }
    public string DecisionNote { get; set; } = "";
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? AwardedOn { get; set; }
    public long Version { get; set; }
}
