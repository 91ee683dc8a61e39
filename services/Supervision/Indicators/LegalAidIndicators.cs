using Suite.Contracts;
using Suite.Contracts.LegalAid.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Supervision.Indicators;

/// <summary>Legal aid's quarter: applications decided within the county's target days, and mediations that reached an agreement.</summary>
public sealed class LegalAidIndicators(AwarenessService.AwarenessServiceClient statistics) : IIndicatorSource
{
    public string Service => ResourceNames.LegalAid;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.AidOnTime, IndicatorCatalogue.MediationSuccess];

    public Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct) => Figures.PerAreaAsync(scope, async area =>
    {
        var s = await statistics.GetLegalAidStatisticsAsync(
            new GetLegalAidStatisticsRequest { AreaCode = area, FromDate = Date.From(scope.From), ToDate = Date.From(scope.To) }, cancellationToken: ct);
        var onTime = (long)Math.Round(s.AidDecidedWithinTarget * s.AidDecided);
        return [Figures.Of(IndicatorCatalogue.AidOnTime, area, onTime, s.AidDecided), Figures.Of(IndicatorCatalogue.MediationSuccess, area, s.MediationsReached, s.MediationsClosed)];
    });
}
