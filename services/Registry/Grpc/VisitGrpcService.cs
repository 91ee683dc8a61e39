using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Registry.V1;
using Suite.Registry.UseCases;

namespace Suite.Registry.Grpc;

/// <summary>Village visits (定期探访); the work is in <see cref="VisitDesk"/>.</summary>
public sealed class VisitGrpcService(VisitDesk desk) : VisitService.VisitServiceBase
{
    private const string Woman = "woman";

    [Authorize(RegistryPermissions.VisitsWrite)]
    [Audited(Woman, Request = "visit.woman_id")]
    public override Task<RecordVisitResponse> RecordVisit(RecordVisitRequest request, ServerCallContext context) => desk.RecordAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.VisitsRead)]
    [Audited(Woman, Request = "woman_id")]
    public override Task<ListVisitsResponse> ListVisits(ListVisitsRequest request, ServerCallContext context) => desk.ListAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.VisitsRead)]
    [Audited(Woman, Response = "women.id")]
    public override Task<ListOverdueVisitsResponse> ListDueVisits(ListDueVisitsRequest request, ServerCallContext context) => desk.ListDueAsync(request, context.CancellationToken);
}
