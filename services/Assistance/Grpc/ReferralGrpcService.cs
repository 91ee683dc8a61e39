using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.Desk;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Audit;

namespace Suite.Assistance.Grpc;

public sealed class ReferralGrpcService(ReferralDesk referrals, AuditScope audit) : ReferralService.ReferralServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override async Task<ListReferralsResponse> ListReferrals(ListReferralsRequest request, ServerCallContext context)
    {
        var response = await referrals.ListAsync(request, context.CancellationToken);
        response.Referrals.ToList().ForEach(r => audit.Touched("woman", r.WomanId));
        return response;
    }

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Referral> CloseReferral(CloseReferralRequest request, ServerCallContext context)
    {
        audit.Touched("referral", request.Id);
        return referrals.CloseAsync(request.Id, context.CancellationToken);
    }
}
