using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Supervision.V1;
using Suite.Supervision.UseCases;

namespace Suite.Supervision.Grpc;

/// <summary>Visits to units, not to women: not audited.</summary>
public sealed class SupervisionVisitGrpcService(VisitDesk desk) : SupervisionVisitService.SupervisionVisitServiceBase
{
    [Authorize(SupervisionPermissions.VisitsWrite)]
    public override Task<SupervisionVisit> RecordVisit(RecordVisitRequest request, ServerCallContext context) => desk.RecordAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.VisitsWrite)]
    public override Task<SupervisionVisit> CloseRectification(CloseRectificationRequest request, ServerCallContext context) => desk.CloseAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ListVisitsResponse> ListVisits(ListVisitsRequest request, ServerCallContext context) => desk.ListAsync(request, context.CancellationToken);
}
