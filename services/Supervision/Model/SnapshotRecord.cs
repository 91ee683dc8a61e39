namespace Suite.Supervision.Model;

/// <summary>A county's quarter as the services reported it; its figures do not move once counted.</summary>
public sealed class SnapshotRecord
{
    public long Id { get; set; }
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public int Quarter { get; set; }
    public DateTime TakenAt { get; set; }
    public string TakenBy { get; set; } = "";
    public List<string> MissingServices { get; set; } = [];
}
