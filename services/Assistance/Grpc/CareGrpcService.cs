using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

/// <summary>Visits and pairings concern a named woman: every call is audited.</summary>
public sealed class CareGrpcService(CareDesk care) : CareService.CareServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("woman", Request = "visit.woman_id")]
    public override Task<Visit> RecordVisit(RecordVisitRequest request, ServerCallContext context) =>
        care.RecordVisitAsync(request.Visit, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited("woman", Request = "woman_id")]
    public override Task<ListVisitsResponse> ListVisits(ListVisitsRequest request, ServerCallContext context) =>
        care.ListVisitsAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<Pairing> CreatePairing(CreatePairingRequest request, ServerCallContext context) =>
        care.CreatePairingAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("pairing", Request = "id")]
    public override Task<Pairing> EndPairing(EndPairingRequest request, ServerCallContext context) =>
        care.EndPairingAsync(request.Id, context.CancellationToken);
}
