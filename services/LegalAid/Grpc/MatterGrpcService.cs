using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.UseCases;

namespace Suite.LegalAid.Grpc;

/// <summary>Matters concern named women and their disputes: every call is audited, reads of sensitive details with their purpose.</summary>
public sealed class MatterGrpcService(MatterDesk desk) : MatterService.MatterServiceBase
{
    private const string Matter = "matter";

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited(Matter, Response = "id")]
    public override Task<Matter> CreateMatter(CreateMatterRequest request, ServerCallContext context) =>
        desk.CreateAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Matter, Request = "id", Purpose = "purpose")]
    public override Task<Matter> GetMatter(GetMatterRequest request, ServerCallContext context) =>
        desk.GetAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Matter, Response = "matters.id")]
    public override Task<ListMattersResponse> ListMatters(ListMattersRequest request, ServerCallContext context) =>
        desk.ListAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Matter, Request = "id")]
    public override Task<Matter> AssignMatter(AssignMatterRequest request, ServerCallContext context) =>
        desk.AssignAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Matter, Request = "id")]
    public override Task<Matter> AdvanceMatter(AdvanceMatterRequest request, ServerCallContext context) =>
        desk.AdvanceAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Matter, Request = "id")]
    public override Task<Matter> SetRiskColour(SetRiskColourRequest request, ServerCallContext context) =>
        desk.SetRiskColourAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Matter, Request = "id")]
    public override Task<Matter> RecordFollowUp(RecordFollowUpRequest request, ServerCallContext context) =>
        desk.RecordFollowUpAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Matter, Response = "matters.id")]
    public override Task<ListMattersResponse> ListOverdueMatters(ListOverdueMattersRequest request, ServerCallContext context) =>
        desk.ListOverdueAsync(request, context.CancellationToken);
}
