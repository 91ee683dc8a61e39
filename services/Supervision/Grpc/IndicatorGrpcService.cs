using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Supervision.V1;
using Suite.Supervision.UseCases;

namespace Suite.Supervision.Grpc;

/// <summary>Indicators are counts per area: not audited.</summary>
public sealed class IndicatorGrpcService(SnapshotDesk snapshots, ProgressQuery progress) : IndicatorService.IndicatorServiceBase
{
    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(IndicatorMapping.Catalogue());

    [Authorize(SupervisionPermissions.Assess)]
    public override Task<Snapshot> TakeSnapshot(TakeSnapshotRequest request, ServerCallContext context) => snapshots.TakeAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.OverviewRead)]
    public override Task<Snapshot> GetSnapshot(GetSnapshotRequest request, ServerCallContext context) => snapshots.GetAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<Progress> GetProgress(GetProgressRequest request, ServerCallContext context) => progress.GetAsync(request, context.CancellationToken);
}
