using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Social organisations and purchased-service projects hold no personal data (women served is a count): nothing here is audited.</summary>
public sealed class OrganisationGrpcService(OrganisationDesk organisations, ProjectDesk projects) : OrganisationService.OrganisationServiceBase
{
    [Authorize(CommunityPermissions.OrganisationsWrite)]
    public override Task<Organisation> RegisterOrganisation(RegisterOrganisationRequest request, ServerCallContext context) => organisations.RegisterAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsRead)]
    public override Task<Organisation> GetOrganisation(GetOrganisationRequest request, ServerCallContext context) => organisations.GetAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsRead)]
    public override Task<ListOrganisationsResponse> ListOrganisations(ListOrganisationsRequest request, ServerCallContext context) => organisations.ListAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsWrite)]
    public override Task<Project> CreateProject(CreateProjectRequest request, ServerCallContext context) => projects.CreateAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsRead)]
    public override Task<Project> GetProject(GetProjectRequest request, ServerCallContext context) => projects.GetAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsRead)]
    public override Task<ListProjectsResponse> ListProjects(ListProjectsRequest request, ServerCallContext context) => projects.ListAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsWrite)]
    public override Task<Project> AttachRecord(AttachRecordRequest request, ServerCallContext context) => projects.AttachRecordAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsWrite)]
    public override Task<Project> ReportDelivery(ReportDeliveryRequest request, ServerCallContext context) => projects.ReportDeliveryAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.OrganisationsWrite)]
    public override Task<Project> AcceptProject(AcceptProjectRequest request, ServerCallContext context) => projects.AcceptAsync(request, context.CancellationToken);
}
