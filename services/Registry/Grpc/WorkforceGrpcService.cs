using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Registry.V1;
using Suite.Registry.UseCases;

namespace Suite.Registry.Grpc;

/// <summary>Staff records hold names and phone numbers: every call is audited.</summary>
public sealed class WorkforceGrpcService(WorkforceLedger workforce) : WorkforceService.WorkforceServiceBase
{
    private const string Staff = "staff";

    [Authorize(RegistryPermissions.WorkforceWrite)]
    [Audited(Staff, Response = "id")]
    public override Task<StaffMember> CreateStaffMember(CreateStaffMemberRequest request, ServerCallContext context) =>
        workforce.CreateAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WorkforceRead)]
    [Audited(Staff, Request = "id")]
    public override Task<StaffMember> GetStaffMember(GetStaffMemberRequest request, ServerCallContext context) =>
        workforce.GetAsync(request.Id, context.CancellationToken);

    [Authorize(RegistryPermissions.WorkforceRead)]
    [Audited(Staff, Response = "staff_members.id")]
    public override Task<ListStaffMembersResponse> ListStaffMembers(ListStaffMembersRequest request, ServerCallContext context) =>
        workforce.ListAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WorkforceWrite)]
    [Audited(Staff, Request = "staff_member.id")]
    public override Task<StaffMember> UpdateStaffMember(UpdateStaffMemberRequest request, ServerCallContext context) =>
        workforce.UpdateAsync(request, context.CancellationToken);
}
