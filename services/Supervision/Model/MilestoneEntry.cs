namespace Suite.Supervision.Model;

/// <summary>A milestone of a task (阶段目标), stored with the task.</summary>
public sealed class MilestoneEntry
{
    public string Name { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public DateOnly? MetDate { get; set; }
}
