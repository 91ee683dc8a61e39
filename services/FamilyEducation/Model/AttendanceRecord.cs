namespace Suite.FamilyEducation.Model;

/// <summary>A registered woman at an activity (one row per activity and woman), with the activity's date for coverage.</summary>
public sealed class AttendanceRecord
{
    public long ActivityId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
}
