using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.UseCases;

namespace Suite.LegalAid.Grpc;

/// <summary>Awareness events and statistics hold no personal data: not audited.</summary>
public sealed class AwarenessGrpcService(AwarenessDesk desk, LegalAidStatisticsQuery statistics, RiskColourTrendQuery trend) : AwarenessService.AwarenessServiceBase
{
    [Authorize(LegalAidPermissions.MattersWrite)]
    public override Task<AwarenessEvent> RecordAwarenessEvent(RecordAwarenessEventRequest request, ServerCallContext context) =>
        desk.RecordAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    public override Task<ListAwarenessEventsResponse> ListAwarenessEvents(ListAwarenessEventsRequest request, ServerCallContext context) =>
        desk.ListAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.StatisticsRead)]
    public override Task<LegalAidStatistics> GetLegalAidStatistics(GetLegalAidStatisticsRequest request, ServerCallContext context) =>
        statistics.GetAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.StatisticsRead)]
    public override Task<RiskColourTrend> GetRiskColourTrend(GetRiskColourTrendRequest request, ServerCallContext context) =>
        trend.GetAsync(request, context.CancellationToken);
}
