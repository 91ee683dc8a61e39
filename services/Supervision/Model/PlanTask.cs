using Suite.Persistence;

namespace Suite.Supervision.Model;

/// <summary>One task of a plan: the measure it carries out, who leads and co-operates, by when, who answers for it.</summary>
public sealed class PlanTask : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PlanId { get; set; }
    public string Number { get; set; } = "";
    public int Measure { get; set; }
    public string Content { get; set; } = "";
    public string LeadUnit { get; set; } = "";
    public List<string> CooperatingUnits { get; set; } = [];
    public DateOnly Deadline { get; set; }
    public string ResponsiblePerson { get; set; } = "";
    public string MeasuredBy { get; set; } = "";
    public List<MilestoneEntry> Milestones { get; set; } = [];
    public int PercentDone { get; set; }
    /// <summary>The day it reached 100%, so that "overdue at the quarter's end" can be told afterwards.</summary>
    public DateOnly? DoneDate { get; set; }
    public long Version { get; set; }

    public bool Involves(string unit) => LeadUnit == unit || CooperatingUnits.Contains(unit);

    /// <summary>Overdue on a day: its deadline passed before that day and it was not done by then.</summary>
    public bool OverdueOn(DateOnly day) => Deadline < day && (DoneDate is null || DoneDate > Deadline);
}
