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
}
