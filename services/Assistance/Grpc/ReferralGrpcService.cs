using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

public sealed class ReferralGrpcService(ReferralDesk referrals) : ReferralService.ReferralServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("woman", Response = "referrals.woman_id")]
    public override Task<ListReferralsResponse> ListReferrals(ListReferralsRequest request, ServerCallContext context) =>
        referrals.ListAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("referral", Request = "id")]
    public override Task<Referral> CloseReferral(CloseReferralRequest request, ServerCallContext context) =>
        referrals.CloseAsync(request.Id, context.CancellationToken);
}
