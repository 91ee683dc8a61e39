namespace Suite.Supervision.Model;

/// <summary>A change to a closed year's scheme or scores, with its reason: a closed year is never rescored silently.</summary>
public sealed class AssessmentChangeRecord
{
    public long Id { get; set; }
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public string What { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedAt { get; set; }
}
