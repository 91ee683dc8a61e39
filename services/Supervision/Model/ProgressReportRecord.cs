namespace Suite.Supervision.Model;

/// <summary>A unit's report on a task: the share done, a note, a milestone met, the attachments by name.</summary>
public sealed class ProgressReportRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long TaskId { get; set; }
    public string Unit { get; set; } = "";
    public int PercentDone { get; set; }
    public string Note { get; set; } = "";
    public string MilestoneMet { get; set; } = "";
    public List<string> Attachments { get; set; } = [];
    public string ReportedBy { get; set; } = "";
    public DateOnly ReportDate { get; set; }
}
