using Suite.Contracts.Supervision.V1;
using Suite.Supervision.Model;

namespace Suite.Supervision.Indicators;

/// <summary>Builds the figures of a snapshot: counted, nothing to count (a zero denominator), no target, withheld, missing.</summary>
public static class Figures
{
    public static FigureRecord Of(string indicator, string area, long numerator, long denominator) => new()
    {
        Indicator = indicator, AreaCode = area, Numerator = numerator, Denominator = denominator,
        State = denominator > 0 ? FigureState.Counted : FigureState.NothingToCount,
    };

    public static FigureRecord WithoutTarget(string indicator, string area, long actual) => new()
    {
        Indicator = indicator, AreaCode = area, Numerator = actual, State = FigureState.NoTarget,
    };

    /// <summary>A small count of a sensitive thing the service withheld from Supervision (small-cell suppression).</summary>
    public static FigureRecord Withheld(string indicator, string area) => new() { Indicator = indicator, AreaCode = area, State = FigureState.Withheld };

    public static FigureRecord Missing(string indicator, string area) => new() { Indicator = indicator, AreaCode = area, State = FigureState.Missing };

    /// <summary>Reads each area in turn (a county has some tens of townships; the called service is not flooded).</summary>
    public static async Task<IReadOnlyList<FigureRecord>> PerAreaAsync(SnapshotScope scope, Func<string, Task<IEnumerable<FigureRecord>>> read)
    {
        var figures = new List<FigureRecord>();
        foreach (var area in scope.Areas)
        {
            figures.AddRange(await read(area));
        }
        return figures;
    }
}
