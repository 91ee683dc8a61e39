namespace Suite.Registry.Rules;

/// <summary>
/// The definition of a rural left-behind woman: her husband has been away continuously for six months or
/// more while she lives in a rural village. The date she qualifies is stored, so the status follows the
/// calendar without any job rewriting records: a husband who left four months ago qualifies two months later.
/// </summary>
public static class LeftBehindRule
{
    public const int MonthsAway = 6;

    /// <summary>The date from which the absence counts as six months: departure + 6 calendar months.</summary>
    public static DateOnly? QualifiesFrom(DateOnly? husbandDeparture) => husbandDeparture?.AddMonths(MonthsAway);

    public static bool IsLeftBehind(DateOnly? qualifiesFrom, bool inRuralVillage, bool active, DateOnly today) =>
        active && inRuralVillage && qualifiesFrom is { } from && from <= today;
}
