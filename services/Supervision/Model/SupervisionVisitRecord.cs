using Suite.Persistence;

namespace Suite.Supervision.Model;

/// <summary>A supervision visit to a unit (专项督导), its findings and the rectification asked for, until closed.</summary>
public sealed class SupervisionVisitRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string Unit { get; set; } = "";
    public DateOnly VisitDate { get; set; }
    public bool Unannounced { get; set; }
    public string Findings { get; set; } = "";
    public string Rectification { get; set; } = "";
    public DateOnly? RectificationDeadline { get; set; }
    public DateOnly? ClosedDate { get; set; }
    public string ClosingNote { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public long Version { get; set; }
}
