using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Counts only (small counselling counts withheld for who may not see sensitive things): nothing here is audited.</summary>
public sealed class CommunityStatisticsGrpcService(CommunityStatisticsQuery statistics) : CommunityStatisticsService.CommunityStatisticsServiceBase
{
    [Authorize(CommunityPermissions.StatisticsRead)]
    public override Task<CommunityStatistics> GetCommunityStatistics(GetCommunityStatisticsRequest request, ServerCallContext context) =>
        statistics.GetAsync(request, context.CancellationToken);
}
