using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

/// <summary>Pairings concern a named woman: every call is audited.</summary>
public sealed class CareGrpcService(CareDesk care) : CareService.CareServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<Pairing> CreatePairing(CreatePairingRequest request, ServerCallContext context) =>
        care.CreatePairingAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited("pairing", Request = "id")]
    public override Task<Pairing> EndPairing(EndPairingRequest request, ServerCallContext context) =>
        care.EndPairingAsync(request.Id, context.CancellationToken);
}
