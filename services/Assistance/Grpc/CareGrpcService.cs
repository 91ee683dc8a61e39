using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.Desk;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Audit;

namespace Suite.Assistance.Grpc;

/// <summary>Visits and pairings concern a named woman: every call is audited.</summary>
public sealed class CareGrpcService(CareDesk care, AuditScope audit) : CareService.CareServiceBase
{
    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Visit> RecordVisit(RecordVisitRequest request, ServerCallContext context)
    {
        audit.Touched("woman", request.Visit?.WomanId ?? 0);
        return care.RecordVisitAsync(request.Visit, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsRead)]
    [Audited]
    public override Task<ListVisitsResponse> ListVisits(ListVisitsRequest request, ServerCallContext context)
    {
        audit.Touched("woman", request.WomanId);
        return care.ListVisitsAsync(request.WomanId, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Pairing> CreatePairing(CreatePairingRequest request, ServerCallContext context)
    {
        audit.Touched("woman", request.WomanId);
        return care.CreatePairingAsync(request, context.CancellationToken);
    }

    [Authorize(AssistancePermissions.ApplicationsWrite)]
    [Audited]
    public override Task<Pairing> EndPairing(EndPairingRequest request, ServerCallContext context)
    {
        audit.Touched("pairing", request.Id);
        return care.EndPairingAsync(request.Id, context.CancellationToken);
    }
}
