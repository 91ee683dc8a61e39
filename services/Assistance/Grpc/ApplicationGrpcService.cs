using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.Desk;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Audit;


namespace Suite.Assistance.Grpc;

/// <summary>Applications hold personal data (who applied for what): every call is audited.</summary>
public sealed class ApplicationGrpcService(ApplicationDesk desk, AuditScope audit) : ApplicationService.ApplicationServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override async Task<Application> CreateApplication(CreateApplicationRequest request, ServerCallContext context)
    {
        audit.Touched("woman", request.WomanId);
        var application = await desk.CreateAsync(request, context.CancellationToken);
        audit.Touched("application", application.Id);
        return application;
    }

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context)
    {
        audit.Touched("application", request.Id);
        return desk.GetAsync(request.Id, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override async Task<ListApplicationsResponse> ListApplications(ListApplicationsRequest request, ServerCallContext context)
    {
        var response = await desk.ListAsync(request, context.CancellationToken);
        response.Applications.ToList().ForEach(a => audit.Touched("application", a.Id));
        return response;
    }

    [Authorize(AssistancePermissions.ApplicationsDecide)]
    [Audited]
    public override Task<Application> AdvanceApplication(AdvanceApplicationRequest request, ServerCallContext context)
    {
        audit.Touched("application", request.Id);
        return desk.AdvanceAsync(request, context.CancellationToken);
    }
}
