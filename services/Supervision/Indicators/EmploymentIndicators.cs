using Suite.Contracts;
using Suite.Contracts.Employment.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.Indicators;

/// <summary>Employment's year so far against the yearly targets it keeps per area: training person-times and women placed.</summary>
public sealed class EmploymentIndicators(SupportService.SupportServiceClient support) : IIndicatorSource
{
    public string Service => ResourceNames.Employment;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.TrainingTarget, IndicatorCatalogue.PlacementTarget];

    public async Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct)
    {
        var progress = await support.GetTargetProgressAsync(new GetTargetProgressRequest { AreaCode = scope.County, Year = scope.Year }, cancellationToken: ct);
        var byArea = progress.Children.Append(progress.Area).ToDictionary(p => p.AreaCode);
        var figures = new List<FigureRecord>();
        foreach (var area in scope.Areas)
        {
            var p = byArea.GetValueOrDefault(area);
            figures.Add(Against(IndicatorCatalogue.TrainingTarget, area, p?.Actual?.TrainingPersonTimes ?? 0, p?.Target?.TrainingPersonTimes ?? 0));
            figures.Add(Against(IndicatorCatalogue.PlacementTarget, area, p?.Actual?.WomenPlaced ?? 0, p?.Target?.WomenPlaced ?? 0));
        }
        return figures;
    }

    private static FigureRecord Against(string indicator, string area, long actual, long target) =>
        target > 0 ? Figures.Of(indicator, area, actual, target) : Figures.WithoutTarget(indicator, area, actual);
}
