using Suite.Contracts;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Supervision.Indicators;

/// <summary>Family education's quarter: households with children under 16 reached (an attendance or a guidance session) over such households.</summary>
public sealed class FamilyEducationIndicators(GuidanceService.GuidanceServiceClient guidance) : IIndicatorSource
{
    public string Service => ResourceNames.FamilyEducation;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.HouseholdsReached];

    public Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct) => Figures.PerAreaAsync(scope, async area =>
    {
        var s = await guidance.GetFamilyEducationStatisticsAsync(
            new GetFamilyEducationStatisticsRequest { AreaCode = area, FromDate = Date.From(scope.From), ToDate = Date.From(scope.To) }, cancellationToken: ct);
        return [Figures.Of(IndicatorCatalogue.HouseholdsReached, area, s.MinorHouseholdsReached, s.HouseholdsWithMinorChildren)];
    });
}
