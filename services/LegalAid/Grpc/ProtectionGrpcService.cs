using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.UseCases;
using Suite.Security;

namespace Suite.LegalAid.Grpc;

/// <summary>Protection orders and police referrals are sensitive: every call is audited.</summary>
public sealed class ProtectionGrpcService(ProtectionDesk desk) : ProtectionService.ProtectionServiceBase
{
    private const string Order = "protection-order";
    private const string Referral = "police-referral";

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited("matter", Request = "matter_id")]
    [Audited(Order, Response = "id")]
    public override Task<ProtectionOrder> ApplyForProtectionOrder(ApplyForProtectionOrderRequest request, ServerCallContext context) =>
        desk.ApplyAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Order, Request = "id")]
    public override Task<ProtectionOrder> GetProtectionOrder(GetProtectionOrderRequest request, ServerCallContext context) =>
        desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Order, Request = "id")]
    public override Task<ProtectionOrder> DecideProtectionOrder(DecideProtectionOrderRequest request, ServerCallContext context) =>
        desk.DecideAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Order, Request = "id")]
    public override Task<ProtectionOrder> RecordOrderViolation(RecordOrderViolationRequest request, ServerCallContext context) =>
        desk.RecordViolationAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.SensitiveRead)]
    [Audited(Order, Response = "orders.id")]
    public override Task<ListExpiringOrdersResponse> ListExpiringOrders(ListExpiringOrdersRequest request, ServerCallContext context) =>
        desk.ListExpiringAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited("matter", Request = "matter_id")]
    [Audited(Referral, Response = "id")]
    public override Task<PoliceReferral> ReferToPolice(ReferToPoliceRequest request, ServerCallContext context) =>
        desk.ReferAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.PoliceWrite)]
    [Audited(Referral, Request = "id")]
    public override Task<PoliceReferral> RecordPoliceFeedback(RecordPoliceFeedbackRequest request, ServerCallContext context) =>
        desk.RecordFeedbackAsync(request, context.CancellationToken);

    [Authorize(SuitePermissions.SensitiveRead)]
    [Audited(Referral, Response = "referrals.id")]
    public override Task<ListPoliceReferralsResponse> ListPoliceReferrals(ListPoliceReferralsRequest request, ServerCallContext context) =>
        desk.ListReferralsAsync(request, context.CancellationToken);
}
