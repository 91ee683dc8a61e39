using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.Desk;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Audit;

namespace Suite.Assistance.Grpc;

public sealed class BenefitGrpcService(BenefitDesk benefits, AuditScope audit) : BenefitService.BenefitServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override Task<ListBenefitsResponse> ListBenefits(ListBenefitsRequest request, ServerCallContext context)
    {
        audit.Touched("application", request.ApplicationId);
        return benefits.ListAsync(request.ApplicationId, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsDecide)]
    [Audited]
    public override Task<Benefit> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        audit.Touched("benefit", request.BenefitId);
        return benefits.RecordPaymentAsync(request, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Benefit> RecordScreening(RecordScreeningRequest request, ServerCallContext context)
    {
        audit.Touched("application", request.ApplicationId);
        return benefits.RecordScreeningAsync(request, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Benefit> RecordSession(RecordSessionRequest request, ServerCallContext context)
    {
        audit.Touched("application", request.ApplicationId);
        return benefits.RecordSessionAsync(request, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsRead)]
    public override Task<AssistanceStatistics> GetAssistanceStatistics(GetAssistanceStatisticsRequest request, ServerCallContext context) =>
        benefits.GetStatisticsAsync(request.AreaCode, context.CancellationToken);
}
