using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.Indicators;

/// <summary>The satisfaction surveys of the quarter, kept here: satisfied women over women who answered, per township.</summary>
public sealed class SatisfactionIndicators(SupervisionDbContext db) : IIndicatorSource
{
    public string Service => ResourceNames.Supervision;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.Satisfaction];

    public async Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct)
    {
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.Year == scope.Year && s.Quarter == scope.Quarter && s.TownshipCode.StartsWith(scope.County))
            .Select(s => new { s.Id, s.TownshipCode }).ToListAsync(ct);
        var ids = surveys.Select(s => s.Id).ToList();
        var answers = await db.SampledWomen.AsNoTracking().Where(w => ids.Contains(w.SurveyId)).ToListAsync(ct);
        var township = surveys.ToDictionary(s => s.Id, s => s.TownshipCode);
        var answered = answers.Where(a => a.Answered).Select(a => (Township: township[a.SurveyId], Satisfied: SatisfactionRule.Satisfied(a.Scores))).ToList();
        return [.. scope.Areas.Select(area =>
        {
            var here = answered.Where(a => a.Township.StartsWith(area, StringComparison.Ordinal)).ToList();
            return Figures.Of(IndicatorCatalogue.Satisfaction, area, here.Count(a => a.Satisfied), here.Count);
        })];
    }
}
