using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Supervision.V1;
using Suite.Supervision.UseCases;

namespace Suite.Supervision.Grpc;

/// <summary>The task table holds units' work, not personal data: not audited.</summary>
public sealed class PlanGrpcService(PlanDesk desk, TaskTable table) : PlanService.PlanServiceBase
{
    [Authorize(SupervisionPermissions.PlansWrite)]
    public override Task<Plan> CreatePlan(CreatePlanRequest request, ServerCallContext context) => desk.CreatePlanAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) => desk.GetPlanAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.PlansWrite)]
    public override Task<PlanTask> AddTask(AddTaskRequest request, ServerCallContext context) => desk.AddTaskAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.PlansWrite)]
    public override Task<ImportTasksResponse> ImportTasks(ImportTasksRequest request, ServerCallContext context) => table.ImportAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ExportTasksResponse> ExportTasks(ExportTasksRequest request, ServerCallContext context) => table.ExportAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ListTasksResponse> ListTasks(ListTasksRequest request, ServerCallContext context) => desk.ListTasksAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksReport)]
    public override Task<ProgressReport> ReportProgress(ReportProgressRequest request, ServerCallContext context) => desk.ReportAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.TasksRead)]
    public override Task<ListProgressReportsResponse> ListProgressReports(ListProgressReportsRequest request, ServerCallContext context) =>
        desk.ListReportsAsync(request, context.CancellationToken);
}
