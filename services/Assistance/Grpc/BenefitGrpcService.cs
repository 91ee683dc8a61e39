using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

public sealed class BenefitGrpcService(BenefitDesk benefits) : BenefitService.BenefitServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("application", Request = "application_id")]
    public override Task<ListBenefitsResponse> ListBenefits(ListBenefitsRequest request, ServerCallContext context) =>
        benefits.ListAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsDecide)]
    [Audited("benefit", Request = "benefit_id")]
    public override Task<Benefit> RecordPayment(RecordPaymentRequest request, ServerCallContext context) =>
        benefits.RecordPaymentAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("application", Request = "application_id")]
    public override Task<Benefit> RecordScreening(RecordScreeningRequest request, ServerCallContext context) =>
        benefits.RecordScreeningAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("application", Request = "application_id")]
    public override Task<Benefit> RecordSession(RecordSessionRequest request, ServerCallContext context) =>
        benefits.RecordSessionAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.StatisticsRead)]
    public override Task<AssistanceStatistics> GetAssistanceStatistics(GetAssistanceStatisticsRequest request, ServerCallContext context) =>
        benefits.GetStatisticsAsync(request.AreaCode, context.CancellationToken);
}
