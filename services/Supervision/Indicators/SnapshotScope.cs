using Suite.Supervision.Rules;

namespace Suite.Supervision.Indicators;

/// <summary>What a snapshot counts: a county's townships over a quarter of a year.</summary>
public sealed record SnapshotScope(string County, IReadOnlyList<string> Townships, int Year, int Quarter)
{
    public DateOnly From => Quarters.Start(Year, Quarter);

    public DateOnly To => Quarters.End(Year, Quarter);

    /// <summary>Every township, then the county (its total).</summary>
    public IEnumerable<string> Areas => Townships.Append(County);
}
