namespace Suite.Supervision.Rules;

/// <summary>Quarters of a year as China dates.</summary>
public static class Quarters
{
    public static DateOnly Start(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static DateOnly End(int year, int quarter) => Start(year, quarter).AddMonths(3).AddDays(-1);

    /// <summary>The day tasks are judged on for a quarter: its end, or today while it runs.</summary>
    public static DateOnly JudgedOn(int year, int quarter, DateOnly today) => End(year, quarter) < today ? End(year, quarter).AddDays(1) : today;
}
