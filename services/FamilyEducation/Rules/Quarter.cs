namespace Suite.FamilyEducation.Rules;

/// <summary>A calendar quarter: the period coverage is counted over.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public DateOnly First => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly Last => First.AddMonths(3).AddDays(-1);
}
