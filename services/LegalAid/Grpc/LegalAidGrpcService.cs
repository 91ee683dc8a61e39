using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.UseCases;

namespace Suite.LegalAid.Grpc;

/// <summary>Legal-aid applications name a woman and her means: every call is audited.</summary>
public sealed class LegalAidGrpcService(AidDesk desk) : LegalAidService.LegalAidServiceBase
{
    private const string Aid = "legal-aid";

    [Authorize(LegalAidPermissions.AidWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited(Aid, Response = "id")]
    public override Task<LegalAidApplication> CreateLegalAidApplication(CreateLegalAidApplicationRequest request, ServerCallContext context) =>
        desk.CreateAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Aid, Request = "id")]
    public override Task<LegalAidApplication> GetLegalAidApplication(GetLegalAidApplicationRequest request, ServerCallContext context) =>
        desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(LegalAidPermissions.MattersRead)]
    [Audited(Aid, Response = "applications.id")]
    public override Task<ListLegalAidApplicationsResponse> ListLegalAidApplications(ListLegalAidApplicationsRequest request, ServerCallContext context) =>
        desk.ListAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.AidDecide)]
    [Audited(Aid, Request = "id")]
    public override Task<LegalAidApplication> DecideLegalAidApplication(DecideLegalAidApplicationRequest request, ServerCallContext context) =>
        desk.DecideAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.AidDecide)]
    [Audited(Aid, Request = "id")]
    public override Task<LegalAidApplication> AssignLegalAidProvider(AssignLegalAidProviderRequest request, ServerCallContext context) =>
        desk.AssignProviderAsync(request, context.CancellationToken);

    [Authorize(LegalAidPermissions.AidDecide)]
    [Audited(Aid, Request = "id")]
    public override Task<LegalAidApplication> RecordLegalAidOutcome(RecordLegalAidOutcomeRequest request, ServerCallContext context) =>
        desk.RecordOutcomeAsync(request, context.CancellationToken);
}
