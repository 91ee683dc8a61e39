using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.FamilyEducation.V1;
using Suite.FamilyEducation.UseCases;

namespace Suite.FamilyEducation.Grpc;

/// <summary>Pairings, concerns and households name women (and concern minors): every read and write is audited.</summary>
public sealed class GuidanceGrpcService(GuidanceDesk guidance, ConcernDesk concerns, HouseholdQuery households, FamilyEducationStatisticsQuery statistics)
    : GuidanceService.GuidanceServiceBase
{
    [Authorize(FamilyEducationPermissions.GuidanceWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("pairing", Response = "id")]
    public override Task<GuidancePairing> CreatePairing(CreatePairingRequest request, ServerCallContext context) => guidance.CreatePairingAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("pairing", Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<GuidancePairing> GetPairing(GetPairingRequest request, ServerCallContext context) => guidance.GetPairingAsync(request.Id, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceWrite)]
    [Audited("pairing", Request = "pairing_id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<GuidancePairing> RecordSession(RecordSessionRequest request, ServerCallContext context) => guidance.RecordSessionAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("woman", Response = "pairings.woman_id")]
    public override Task<ListPairingsResponse> ListOverdueGuidance(ListOverdueGuidanceRequest request, ServerCallContext context) => guidance.ListOverdueAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ConcernsWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("concern", Response = "id")]
    public override Task<Concern> RaiseConcern(RaiseConcernRequest request, ServerCallContext context) => concerns.RaiseAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("concern", Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<Concern> GetConcern(GetConcernRequest request, ServerCallContext context) => concerns.GetAsync(request.Id, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ConcernsWrite)]
    [Audited("concern", Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<Concern> CloseConcern(CloseConcernRequest request, ServerCallContext context) => concerns.CloseAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("concern", Response = "concerns.id")]
    [Audited("woman", Response = "concerns.woman_id")]
    public override Task<ListConcernsResponse> ListConcerns(ListConcernsRequest request, ServerCallContext context) => concerns.ListAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("woman", Response = "households.woman_id")]
    public override Task<ListHouseholdsResponse> ListHouseholds(ListHouseholdsRequest request, ServerCallContext context) => households.ListAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.GuidanceRead)]
    [Audited("woman", Response = "unreached_women")]
    public override Task<Coverage> GetCoverage(GetCoverageRequest request, ServerCallContext context) => households.GetCoverageAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.StatisticsRead)]
    public override Task<FamilyEducationStatistics> GetFamilyEducationStatistics(GetFamilyEducationStatisticsRequest request, ServerCallContext context) =>
        statistics.GetAsync(request, context.CancellationToken);
}
