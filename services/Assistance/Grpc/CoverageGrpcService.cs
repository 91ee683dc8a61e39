using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.Desk;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Audit;

namespace Suite.Assistance.Grpc;

public sealed class CoverageGrpcService(CoverageGapQuery gaps) : CoverageService.CoverageServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsRead)]
    public override Task<CoverageGaps> GetCoverageGaps(GetCoverageGapsRequest request, ServerCallContext context) =>
        gaps.GetAsync(request.AreaCode, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override Task<ListGapWomenResponse> ListGapWomen(ListGapWomenRequest request, ServerCallContext context) =>
        gaps.ListAsync(request, context.CancellationToken);
}
