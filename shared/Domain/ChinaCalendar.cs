namespace Suite.Domain;

/// <summary>
/// The ledger's dates are local dates in China (UTC+8, no daylight saving): "today" for a county office
/// is computed here, not from the server's time zone.
/// </summary>
public static class ChinaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The UTC instant a China date begins (its midnight in UTC+8), for comparing stored UTC times with dates.</summary>
    public static DateTime StartUtc(DateOnly date) =>
        date == DateOnly.MinValue ? DateTime.MinValue : date.ToDateTime(TimeOnly.MinValue) - Offset;

    /// <summary>The UTC instant a China date ends (exclusive).</summary>
    public static DateTime EndUtc(DateOnly date) =>
        date == DateOnly.MaxValue ? DateTime.MaxValue : date.AddDays(1).ToDateTime(TimeOnly.MinValue) - Offset;
}
