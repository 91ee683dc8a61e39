using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Contracts.Common.V1;
using Suite.Security;

namespace Suite.Casework;

/// <summary>The referral API every service exposes over its own side of referrals.</summary>
public sealed class ReferralGrpcService<TContext>(ReferralDesk<TContext> desk) : ReferralService.ReferralServiceBase where TContext : DbContext
{
    private const string Woman = "woman";

    [Authorize(SuitePermissions.ReferralsWrite)]
    [Audited(Woman, Request = "woman_id")]
    public override Task<Referral> SendReferral(SendReferralRequest request, ServerCallContext context) => desk.SendAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsRead)]
    [Audited(Woman, Response = "woman_id")]
    public override Task<Referral> GetReferral(GetReferralRequest request, ServerCallContext context) => desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsWrite)]
    [Audited(Woman, Response = "woman_id")]
    public override Task<Referral> AcceptReferral(AcceptReferralRequest request, ServerCallContext context) => desk.AcceptAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsWrite)]
    [Audited(Woman, Response = "woman_id")]
    public override Task<Referral> CompleteReferral(CompleteReferralRequest request, ServerCallContext context) => desk.CompleteAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsWrite)]
    [Audited(Woman, Response = "woman_id")]
    public override Task<Referral> ReturnReferral(ReturnReferralRequest request, ServerCallContext context) => desk.ReturnAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsWrite)]
    [Audited(Woman, Response = "woman_id")]
    public override Task<Referral> WithdrawReferral(WithdrawReferralRequest request, ServerCallContext context) => desk.WithdrawAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsRead)]
    [Audited(Woman, Response = "referrals.woman_id")]
    public override Task<ListReferralsResponse> ListInbox(ListReferralsRequest request, ServerCallContext context) => desk.ListInboxAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsRead)]
    [Audited(Woman, Response = "referrals.woman_id")]
    public override Task<ListReferralsResponse> ListSent(ListReferralsRequest request, ServerCallContext context) => desk.ListSentAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsRead)]
    [Audited(Woman, Response = "referrals.woman_id")]
    public override Task<ListReferralsResponse> ListOverdue(ListReferralsRequest request, ServerCallContext context) => desk.ListOverdueAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.ReferralsStatisticsRead)]
    public override Task<ReferralStatistics> GetReferralStatistics(GetReferralStatisticsRequest request, ServerCallContext context) =>
        desk.StatisticsAsync(request, context.CancellationToken);
}
