using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.Indicators;

/// <summary>Assistance's 应保尽保: priority women with approved or active assistance over priority women, today.</summary>
public sealed class AssistanceIndicators(CoverageService.CoverageServiceClient coverage) : IIndicatorSource
{
    public string Service => ResourceNames.Assistance;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.PriorityCovered];

    public Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct) => Figures.PerAreaAsync(scope, async area =>
    {
        var gaps = await coverage.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = area }, cancellationToken: ct);
        return [Figures.Of(IndicatorCatalogue.PriorityCovered, area, gaps.PriorityWomen - gaps.PriorityWithoutAssistance, gaps.PriorityWomen)];
    });
}
