using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A counselling session (个体或团体心理疏导) held at a counselling point. Its notes never leave the point's counsellors.</summary>
public sealed class CounsellingSessionRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    /// <summary>The counselling point: a place of the register.</summary>
    public long PointId { get; set; }
    public string AreaCode { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>The purchased-service project it was delivered under, if any.</summary>
    public long? ProjectId { get; set; }
    public CounsellingSessionKind Kind { get; set; }
    public CounsellingTopic Topic { get; set; }
    /// <summary>The booking an individual session held.</summary>
    public long? BookingId { get; set; }
    /// <summary>Participants not on the ledger (a group session).</summary>
    public int OtherParticipants { get; set; }
    /// <summary>The notes, sealed with the field protector; read only through GetSessionNotes by the point's counsellors.</summary>
    public string NotesSealed { get; set; } = "";
    public DateOnly? FollowUpDate { get; set; }
    /// <summary>The follow-up was taken up: a later booking of her at the point, or a later session there.</summary>
    public bool FollowedUp { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    /// <summary>The registered women who attended.</summary>
    public List<CounsellingAttendanceRecord> Attendance { get; set; } = [];
}
