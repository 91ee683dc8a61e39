using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Supervision.V1;
using Suite.Supervision.UseCases;

namespace Suite.Supervision.Grpc;

/// <summary>Schemes and scores concern units, not women: not audited.</summary>
public sealed class AssessmentGrpcService(AssessmentDesk desk) : AssessmentService.AssessmentServiceBase
{
    [Authorize(SupervisionPermissions.Assess)]
    public override Task<Scheme> SaveScheme(SaveSchemeRequest request, ServerCallContext context) => desk.SaveSchemeAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<Scheme> GetScheme(GetSchemeRequest request, ServerCallContext context) => desk.GetSchemeAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.Assess)]
    public override Task<ScoreSheet> Score(ScoreRequest request, ServerCallContext context) => desk.ScoreAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ScoreSheet> GetScoreSheet(GetScoreSheetRequest request, ServerCallContext context) => desk.GetSheetAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.Assess)]
    public override Task<CloseYearResponse> CloseYear(CloseYearRequest request, ServerCallContext context) => desk.CloseYearAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.OverviewRead)]
    public override Task<ListAssessmentChangesResponse> ListAssessmentChanges(ListAssessmentChangesRequest request, ServerCallContext context) =>
        desk.ListChangesAsync(request, context.CancellationToken);
}
