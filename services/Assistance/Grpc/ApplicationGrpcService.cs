using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

/// <summary>Applications hold personal data (who applied for what): every call is audited.</summary>
public sealed class ApplicationGrpcService(ApplicationDesk desk) : ApplicationService.ApplicationServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("application", Response = "id")]
    public override Task<Application> CreateApplication(CreateApplicationRequest request, ServerCallContext context) =>
        desk.CreateAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("application", Request = "id")]
    public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
        desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("application", Response = "applications.id")]
    public override Task<ListApplicationsResponse> ListApplications(ListApplicationsRequest request, ServerCallContext context) =>
        desk.ListAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsDecide)]
    // The reason is kept with the audit record: an override of failed eligibility rules is accounted for there too.
    [Audited("application", Request = "id", Purpose = "reason")]
    public override Task<Application> AdvanceApplication(AdvanceApplicationRequest request, ServerCallContext context) =>
        desk.AdvanceAsync(request, context.CancellationToken);
}
