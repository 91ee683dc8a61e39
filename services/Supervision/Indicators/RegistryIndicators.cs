using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.Indicators;

/// <summary>The Registry's survey coverage of the quarter (摸排): women verified in the county's round over active women.</summary>
public sealed class RegistryIndicators(SurveyService.SurveyServiceClient survey, WomenService.WomenServiceClient women) : IIndicatorSource
{
    public string Service => ResourceNames.Registry;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.SurveyVerified];

    public async Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct)
    {
        var (active, verified) = await CountAsync(scope, ct);
        return [.. scope.Areas.Select(area => Figures.Of(IndicatorCatalogue.SurveyVerified, area,
            verified.Where(v => v.Key.StartsWith(area, StringComparison.Ordinal)).Sum(v => v.Value),
            active.Where(v => v.Key.StartsWith(area, StringComparison.Ordinal)).Sum(v => v.Value)))];
    }

    /// <summary>Active and verified women per village, or, when the county started no round that quarter, per township with none verified.</summary>
    private async Task<(Dictionary<string, long> Active, Dictionary<string, long> Verified)> CountAsync(SnapshotScope scope, CancellationToken ct)
    {
        try
        {
            var coverage = await survey.GetSurveyCoverageAsync(
                new GetSurveyCoverageRequest { CountyCode = scope.County, Year = scope.Year, Quarter = scope.Quarter }, cancellationToken: ct);
            return (coverage.Villages.ToDictionary(v => v.VillageCode, v => v.ActiveWomen), coverage.Villages.ToDictionary(v => v.VillageCode, v => v.Verified));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            var statistics = await women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = scope.County }, cancellationToken: ct);
            return (statistics.ByArea.ToDictionary(a => a.Key, a => a.Count), []);
        }
    }
}
