namespace Suite.Community.Model;

/// <summary>A registered woman who attended a counselling session (the one woman of an individual session, each woman of a group).</summary>
public sealed class CounsellingAttendanceRecord
{
    public long SessionId { get; set; }
    public long WomanId { get; set; }
    /// <summary>Her village when the session was recorded.</summary>
    public string VillageCode { get; set; } = "";
    /// <summary>The session's point and date, copied for her follow-ups and records.</summary>
    public long PointId { get; set; }
    public DateOnly Date { get; set; }
}
