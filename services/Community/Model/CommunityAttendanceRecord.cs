namespace Suite.Community.Model;

/// <summary>A registered woman at a community activity (one row per activity and woman), with her village and the activity's date.</summary>
public sealed class CommunityAttendanceRecord
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
}
