using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// The three-colour board as it stood at each month's end: a matter counts where it was open then, under the colour it
/// had then, both read back from its history (status and colour changes with their times). Counts only; a caller who
/// may not see sensitive matters gets them left out, as the statistics do.
/// </summary>
public sealed class RiskColourTrendQuery(LegalAidDbContext db, CurrentCaller caller, SmallCells smallCells, TimeProvider clock)
{
    private static readonly string Red = ProtoEnumNames.Of(Proto.RiskColour.Red), Yellow = ProtoEnumNames.Of(Proto.RiskColour.Yellow), Green = ProtoEnumNames.Of(Proto.RiskColour.Green);

    public async Task<Proto.RiskColourTrend> GetAsync(Proto.GetRiskColourTrendRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(request.Months is >= 0 and <= 24, "months", "must be 1 to 24 (0 = 12)");
        errors.ThrowIfAny();
        var area = caller.AreaFor(request.AreaCode);
        var months = request.Months == 0 ? 12 : request.Months;
        var today = clock.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        // Each month's end in UTC (this month's: now), oldest first.
        var ends = Enumerable.Range(0, months).Select(i => thisMonth.AddMonths(i - months + 1))
            .Select(m => (Month: m, End: m == thisMonth ? clock.GetUtcNow().UtcDateTime : ChinaCalendar.EndUtc(m.AddMonths(1).AddDays(-1)))).ToList();

        var apart = smallCells.Protects;
        var last = ends[^1].End;
        var query = db.Matters.AsNoTracking().Where(m => m.AreaCode.StartsWith(area) && m.CreatedAt <= last);
        if (apart)
        {
            query = query.Where(m => !m.Sensitive);
        }
        var open = MatterWorkflow.Open.Select(s => ProtoEnumNames.Of(s)).ToHashSet();
        var trend = new Proto.RiskColourTrend { AreaCode = area, SensitiveApart = apart };
        var matters = await query.Select(m => new { m.CreatedAt, m.History }).ToListAsync(ct);
        foreach (var (month, end) in ends)
        {
            var counts = new Proto.ColourCounts { Month = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
            foreach (var m in matters.Where(m => m.CreatedAt <= end))
            {
                if (!open.Contains(LastValue(m.History, "status", end)))
                {
                    continue;
                }
                var colour = LastValue(m.History, "colour", end);
                if (colour == Red)
                {
                    counts.Red++;
                }
                else if (colour == Yellow)
                {
                    counts.Yellow++;
                }
                else if (colour == Green)
                {
                    counts.Green++;
                }
                else
                {
                    counts.Unset++;
                }
            }
            trend.Months.Add(counts);
        }
        return trend;
    }

    // The value a kind of change had set by then ("" before the first).
    private static string LastValue(List<MatterChange> history, string change, DateTime at) =>
        history.LastOrDefault(h => h.Change == change && h.At <= at)?.To ?? "";
}
