using Microsoft.Extensions.Configuration;

namespace Suite.Security;

/// <summary>
/// Small-cell suppression, as statistical offices do it: for a caller without <see cref="SuitePermissions.SensitiveRead"/>,
/// a count of sensitive things (a sensitive kind of matter, a count by health, disability or another sensitive attribute)
/// from 1 to <c>Statistics:SmallCellThreshold</c> − 1 (default 5) is withheld: answered as 0 and named in the response's
/// <c>suppressed</c> list, since a village and a day with one such count names the woman. Sensitive rows are also left
/// out of every other count for such a caller and reported apart as one total (itself suppressed when small), so that a
/// total minus the counts shown cannot give the withheld one back.
/// </summary>
public sealed class SmallCells(CurrentCaller caller, IConfiguration configuration)
{
    public const int DefaultThreshold = 5;

    public int Threshold { get; } = Math.Max(2, configuration.GetValue("Statistics:SmallCellThreshold", DefaultThreshold));

    /// <summary>Whether this caller's counts of sensitive things are protected (it may not see sensitive matters).</summary>
    public bool Protects => !caller.Has(SuitePermissions.SensitiveRead);

    /// <summary>The count as this caller may see it; a withheld one is 0 and <paramref name="field"/> joins <paramref name="suppressed"/>.</summary>
    public long Count(long count, string field, ICollection<string> suppressed)
    {
        if (Protects && count > 0 && count < Threshold)
        {
            suppressed.Add(field);
            return 0;
        }
        return count;
    }
}
