using Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.Model;

/// <summary>An activity at a venue: kind, date, topic, speaker, places, attendance.</summary>
public sealed class ActivityRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long VenueId { get; set; }
    public string AreaCode { get; set; } = "";
    public ActivityKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Topic { get; set; } = "";
    public string Speaker { get; set; } = "";
    public int Capacity { get; set; }
    public int RegisteredAttendance { get; set; }
    public int OtherParticipants { get; set; }
}
