using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

public sealed class CoverageGrpcService(CoverageGapQuery gaps) : CoverageService.CoverageServiceBase
{
    [Authorize(AssistancePermissions.StatisticsRead)]
    public override Task<CoverageGaps> GetCoverageGaps(GetCoverageGapsRequest request, ServerCallContext context) =>
        gaps.GetAsync(request.AreaCode, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("woman", Response = "women.woman_id")]
    public override Task<ListGapWomenResponse> ListGapWomen(ListGapWomenRequest request, ServerCallContext context) =>
        gaps.ListAsync(request, context.CancellationToken);
}
