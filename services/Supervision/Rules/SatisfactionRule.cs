namespace Suite.Supervision.Rules;

/// <summary>A woman is satisfied when her average score over the questions (1 very dissatisfied … 5 very satisfied) is 4 or more.</summary>
public static class SatisfactionRule
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static bool Satisfied(IReadOnlyCollection<int> scores) => scores.Count > 0 && scores.Average() >= 4;
}
