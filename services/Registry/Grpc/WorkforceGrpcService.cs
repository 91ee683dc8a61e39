using Grpc.Core;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;

namespace Suite.Registry.Grpc;

public sealed class WorkforceGrpcService(WorkforceLedger workforce) : WorkforceService.WorkforceServiceBase
{
    public override Task<StaffMember> CreateStaffMember(CreateStaffMemberRequest request, ServerCallContext context) =>
        workforce.CreateAsync(request, context.CancellationToken);

    public override Task<StaffMember> GetStaffMember(GetStaffMemberRequest request, ServerCallContext context) =>
        workforce.GetAsync(request.Id, context.CancellationToken);

    public override Task<ListStaffMembersResponse> ListStaffMembers(ListStaffMembersRequest request, ServerCallContext context) =>
        workforce.ListAsync(request, context.CancellationToken);

    public override Task<StaffMember> UpdateStaffMember(UpdateStaffMemberRequest request, ServerCallContext context) =>
        workforce.UpdateAsync(request, context.CancellationToken);
}
