using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Contracts.Registry.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Supervision.Indicators;

/// <summary>
/// Community's quarter per township, each a rate: places in use that held an activity, registered women reached by
/// activities and women counselled (over the women on the ledger, read from the Registry), volunteers who served,
/// women elected to the village committees over the seats. A small count of women counselled is withheld from
/// Supervision (it has no sensitive.read): that figure is withheld, never a zero.
/// </summary>
public sealed class CommunityIndicators(CommunityStatisticsService.CommunityStatisticsServiceClient statistics, WomenService.WomenServiceClient women) : IIndicatorSource
{
    public string Service => ResourceNames.Community;

    public IReadOnlyList<string> Indicators { get; } =
    [
        IndicatorCatalogue.PlacesActive, IndicatorCatalogue.WomenReached, IndicatorCatalogue.WomenCounselled,
        IndicatorCatalogue.VolunteersServing, IndicatorCatalogue.WomenElected,
    ];

    public async Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct)
    {
        // Active women per township (the county's children), once for the whole snapshot.
        var ledger = await women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = scope.County }, cancellationToken: ct);
        long WomenOf(string area) => ledger.ByArea.Where(a => a.Key.StartsWith(area, StringComparison.Ordinal)).Sum(a => a.Count);

        return await Figures.PerAreaAsync(scope, async area =>
        {
            var s = await statistics.GetCommunityStatisticsAsync(
                new GetCommunityStatisticsRequest { AreaCode = area, FromDate = Date.From(scope.From), ToDate = Date.From(scope.To) }, cancellationToken: ct);
            var onLedger = WomenOf(area);
            var places = s.Places.Where(p => p.Kind != PlaceKind.CounsellingPoint).Sum(p => p.Places);
            return
            [
                Figures.Of(IndicatorCatalogue.PlacesActive, area, s.PlacesWithActivities, places),
                Figures.Of(IndicatorCatalogue.WomenReached, area, s.WomenReached, onLedger),
                s.Suppressed.Contains("women_counselled")
                    ? Figures.Withheld(IndicatorCatalogue.WomenCounselled, area)
                    : Figures.Of(IndicatorCatalogue.WomenCounselled, area, s.WomenCounselled, onLedger),
                Figures.Of(IndicatorCatalogue.VolunteersServing, area, s.VolunteersServing, s.Volunteers),
                Figures.Of(IndicatorCatalogue.WomenElected, area, s.WomenElected, s.CommitteeSeats),
            ];
        });
    }
}
