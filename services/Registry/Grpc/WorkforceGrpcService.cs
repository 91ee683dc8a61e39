using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;
using Suite.ServiceDefaults.Audit;

namespace Suite.Registry.Grpc;

public sealed class WorkforceGrpcService(WorkforceLedger workforce, AuditScope audit) : WorkforceService.WorkforceServiceBase
{
    private const string StaffResource = "staff";

    [Authorize(RegistryPermissions.WorkforceWrite)]
    [Audited]
    public override async Task<StaffMember> CreateStaffMember(CreateStaffMemberRequest request, ServerCallContext context)
    {
        var staff = await workforce.CreateAsync(request, context.CancellationToken);
        audit.Touched(StaffResource, staff.Id);
        return staff;
    }

    [Authorize(RegistryPermissions.WorkforceRead)]
    [Audited]
    public override Task<StaffMember> GetStaffMember(GetStaffMemberRequest request, ServerCallContext context)
    {
        audit.Touched(StaffResource, request.Id);
        return workforce.GetAsync(request.Id, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WorkforceRead)]
    [Audited]
    public override async Task<ListStaffMembersResponse> ListStaffMembers(ListStaffMembersRequest request, ServerCallContext context)
    {
        var response = await workforce.ListAsync(request, context.CancellationToken);
        response.StaffMembers.ToList().ForEach(s => audit.Touched(StaffResource, s.Id));
        return response;
    }

    [Authorize(RegistryPermissions.WorkforceWrite)]
    [Audited]
    public override Task<StaffMember> UpdateStaffMember(UpdateStaffMemberRequest request, ServerCallContext context)
    {
        audit.Touched(StaffResource, request.StaffMember?.Id ?? 0);
        return workforce.UpdateAsync(request, context.CancellationToken);
    }
}
