using Grpc.Net.ClientFactory;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Supervision.Indicators;

/// <summary>
/// Referrals answered on time across the five departments (转介按期办理): of the referrals each received in the quarter,
/// those closed by their due date over those closed or past due (open ones not yet due are not counted).
/// </summary>
public sealed class ReferralIndicators(GrpcClientFactory clients) : IIndicatorSource
{
    /// <summary>The five services' referral desks, read as one source: one that does not answer leaves the indicator missing.</summary>
    public const string Source = "referrals";

    public string Service => Source;

    public IReadOnlyList<string> Indicators { get; } = [IndicatorCatalogue.ReferralsOnTime];

    public Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct) => Figures.PerAreaAsync(scope, async area =>
    {
        var request = new GetReferralStatisticsRequest { AreaCode = area, FromDate = Date.From(scope.From), ToDate = Date.From(scope.To) };
        var answers = await Task.WhenAll(EventStreams.Services.Select(service =>
            clients.CreateClient<ReferralService.ReferralServiceClient>(service).GetReferralStatisticsAsync(request, cancellationToken: ct).ResponseAsync));
        var onTime = answers.Sum(a => a.AnsweredOnTime);
        return [Figures.Of(IndicatorCatalogue.ReferralsOnTime, area, onTime, onTime + answers.Sum(a => a.AnsweredLate + a.OpenOverdue))];
    });
}
