namespace Suite.Registry.Model;

/// <summary>One field-level change of a woman's record (变更情况表, attachment 3).</summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string Field { get; set; } = "";
    public string OldValue { get; set; } = "";
    public string NewValue { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly EffectiveDate { get; set; }
    /// <summary>The staff member named on the form, or the caller's name when none was given.</summary>
    public string RecordedBy { get; set; } = "";
    /// <summary>The authenticated caller (token subject) who made the change.</summary>
    public string RecordedBySubject { get; set; } = "";
    public DateTime RecordedAt { get; set; }
}
