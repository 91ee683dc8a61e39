namespace Suite.Supervision.Model;

/// <summary>A county's task-decomposition table (任务分解表) for a year; closed once the year's assessment is final.</summary>
public sealed class Plan
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public bool Closed { get; set; }
}
