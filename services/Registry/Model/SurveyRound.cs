namespace Suite.Registry.Model;

/// <summary>The quarterly survey (摸排) of one county.</summary>
public sealed class SurveyRound
{
    public long Id { get; set; }
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public int Quarter { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTime StartedAt { get; set; }
}
