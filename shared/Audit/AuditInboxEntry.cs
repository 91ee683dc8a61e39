namespace Suite.Audit;

/// <summary>
/// An audit record written in the same transaction as the change it records (an import chunk), before it has its
/// place in the chain: the audit writer moves it into the chain (<see cref="AuditEntry"/>) and deletes it in one
/// transaction, also at start-up for rows a stopped process left. So a committed change always gets its record.
/// </summary>
public sealed class AuditInboxEntry
{
    public long Id { get; set; }
    public DateTime Time { get; set; }
    public string Subject { get; set; } = "";
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string Role { get; set; } = "";
    public string Area { get; set; } = "";
    public string Action { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string TraceId { get; set; } = "";
    /// <summary>The resources, one per line.</summary>
    public string Resources { get; set; } = "";

    public static AuditInboxEntry From(AuditEntry e) => new()
    {
        Time = e.Time, Subject = e.Subject, Name = e.Name, Department = e.Department, Role = e.Role, Area = e.Area, Action = e.Action,
        Purpose = e.Purpose, Outcome = e.Outcome, TraceId = e.TraceId, Resources = string.Join('\n', e.Resources.Select(r => r.Resource)),
    };

    public AuditEntry ToEntry() => new()
    {
        Time = Time, Subject = Subject, Name = Name, Department = Department, Role = Role, Area = Area, Action = Action, Purpose = Purpose,
        Outcome = Outcome, TraceId = TraceId,
        Resources = Resources.Length == 0 ? [] : [.. Resources.Split('\n').Select(r => new AuditEntryResource { Resource = r })],
    };
}
