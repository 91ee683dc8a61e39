using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A member's service hours on one day, in half hours; the women served are <see cref="ServedWomanRecord"/> rows.</summary>
public sealed class ServiceHoursRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long TeamId { get; set; }
    public long MemberId { get; set; }
    /// <summary>The team's area.</summary>
    public string AreaCode { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>Hours × 2: 1 (half an hour) to 48.</summary>
    public int HalfHours { get; set; }
    public VolunteerServiceKind Kind { get; set; }
    /// <summary>The purchased-service project it was given under, if any.</summary>
    public long? ProjectId { get; set; }
}
