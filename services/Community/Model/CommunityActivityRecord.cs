namespace Suite.Community.Model;

/// <summary>A culture, sports, skills or awareness activity held at a place, with attendance from sign-in sheets.</summary>
public sealed class CommunityActivityRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PlaceId { get; set; }
    public string AreaCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public int RegisteredAttendance { get; set; }
    public int OtherParticipants { get; set; }
    /// <summary>The purchased-service project it was delivered under, if any.</summary>
    public long? ProjectId { get; set; }
}
