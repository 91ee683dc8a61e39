using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.UseCases;

namespace Suite.LegalAid.Grpc;

public sealed class MediationGrpcService(MediationDesk desk) : MediationService.MediationServiceBase
{
    private const string Mediation = "mediation";

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited("matter", Request = "matter_id")]
    [Audited(Mediation, Response = "id")]
    public override Task<Mediation> OpenMediation(OpenMediationRequest request, ServerCallContext context) =>
        desk.OpenAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Mediation, Request = "id")]
    public override Task<Mediation> GetMediation(GetMediationRequest request, ServerCallContext context) =>
        desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Mediation, Request = "id")]
    public override Task<Mediation> RecordMediationSession(RecordMediationSessionRequest request, ServerCallContext context) =>
        desk.RecordSessionAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersWrite)]
    [Audited(Mediation, Request = "id")]
    public override Task<Mediation> CloseMediation(CloseMediationRequest request, ServerCallContext context) =>
        desk.CloseAsync(request, context.CancellationToken);
}
