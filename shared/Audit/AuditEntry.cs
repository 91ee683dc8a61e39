
namespace Suite.Audit;

/// <summary>
/// One audited call, stored append-only. <see cref="Hash"/> is a keyed MAC (<see cref="AuditKey"/>) of the content and
/// <see cref="PreviousHash"/>, chaining each record to the one before it: editing or deleting a record breaks the
/// chain, and without the key the chain cannot be recomputed. The trail accepts no record without that MAC.
/// </summary>
public sealed class AuditEntry
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
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
    public List<AuditEntryResource> Resources { get; set; } = [];

    /// <summary>A record of one call by <paramref name="caller"/>, in the current trace.</summary>
    public static AuditEntry For(Security.Caller caller, string action, string outcome, DateTime time) => new()
    {
        Time = time,
        Subject = caller.Subject,
        Name = caller.Name,
        Department = caller.Department,
        Role = caller.Role,
        Area = caller.Area,
        Action = action,
        Outcome = outcome,
        TraceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? "",
    };

    public string ComputeHash(AuditKey key) => key.Mac(Content());

    private string Content() => string.Join('\u001F',
    [
        PreviousHash, Time.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), Subject, Name, Department, Role, Area,
        Action, string.Join('\u001E', Resources.Select(r => r.Resource)), Purpose, Outcome, TraceId,
    ]);
}
