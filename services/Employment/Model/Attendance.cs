namespace Suite.Employment.Model;

/// <summary>One woman present at one session (one row per enrolment and date).</summary>
public sealed class Attendance
{
    public long EnrolmentId { get; set; }
    public DateOnly Date { get; set; }
}
