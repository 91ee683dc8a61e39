using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Rules;

/// <summary>Children under 16 (the documents' "minor children" of left-behind households).</summary>
public static class MinorChildren
{
    public const int AgeLimit = 16;

    /// <summary>A child born after this date is under 16 on <paramref name="on"/>.</summary>
    public static DateOnly BornAfter(DateOnly on) => on.AddYears(-AgeLimit);

    public static bool IsMinor(ChildRecord child, DateOnly on) => child.BirthDate is { } born && born > BornAfter(on) && born <= on;

    /// <summary>The youngest child's birth date (null when no child has a known one).</summary>
    public static DateOnly? Youngest(IEnumerable<ChildRecord> children) => children.Max(c => c.BirthDate);
}
