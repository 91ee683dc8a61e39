using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>The task table: plans, tasks, and the units' progress reports on them.</summary>
public sealed class PlanDesk(SupervisionDbContext db, SupervisionCaller caller, TownshipDirectory townships, TimeProvider clock)
{
    public const string TaskType = "suite.supervision.v1.PlanTask";
    // The area of an earlier row whose request id a request of another plan or task reuses: no county covers it.
    private const string OfAnotherPlan = "-";

    public async Task<Proto.Plan> CreatePlanAsync(Proto.CreatePlanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.Year is >= 2000 and <= 2100, "year", "must be 2000 to 2100");
        errors.Text("title", request.Title, 100, required: true);
        errors.ThrowIfAny();
        caller.RequireCounty(request.CountyCode);
        caller.Current.Scope.RequireWrite(request.CountyCode, "county_code");
        var (plan, _) = await db.CreateOnceAsync<Plan>(p => p.RequestId == request.RequestId, async () =>
        {
            if (await caller.PlanOfAsync(request.CountyCode, request.Year, ct) is { } existing)
            {
                throw new ResourceAlreadyExistsException(SupervisionCaller.PlanType, existing.Id.ToString(CultureInfo.InvariantCulture),
                    $"The {request.Year} plan of county {request.CountyCode}");
            }
            var plan = new Plan { RequestId = request.RequestId, CountyCode = request.CountyCode, Year = request.Year, Title = request.Title };
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
            return plan;
        }, new(caller.Current.Scope, SupervisionCaller.PlanType, x => x.CountyCode, x => x.Id), ct);
        return PlanMapping.ToProto(plan, await db.Tasks.CountAsync(t => t.PlanId == plan.Id, ct));
    }

    public async Task<Proto.Plan> GetPlanAsync(Proto.GetPlanRequest request, CancellationToken ct)
    {
        caller.RequireCounty(request.CountyCode);
        var plan = await caller.PlanOfAsync(request.CountyCode, request.Year, ct)
            ?? throw new ResourceNotFoundException(SupervisionCaller.PlanType, $"{request.CountyCode} {request.Year}");
        return PlanMapping.ToProto(plan, await db.Tasks.CountAsync(t => t.PlanId == plan.Id, ct));
    }

    public async Task<Proto.PlanTask> AddTaskAsync(Proto.AddTaskRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.Task is not null, "task", "is required");
        errors.ThrowIfAny();
        var plan = await caller.PlanAsync(request.Task!.PlanId, ct, "task.plan_id");
        caller.Current.Scope.RequireWrite(plan.CountyCode, "task.plan_id");
        TaskValidator.Validate(errors, request.Task, plan, (await townships.OfCountyAsync(plan.CountyCode, ct)).Select(t => t.Code).ToHashSet());
        errors.ThrowIfAny();
        var (task, _) = await db.CreateOnceAsync<PlanTask>(t => t.RequestId == request.RequestId, async () =>
        {
            var number = request.Task.Number.Trim();
            if (await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.PlanId == plan.Id && t.Number == number, ct) is { } existing)
            {
                throw new ResourceAlreadyExistsException(TaskType, existing.Id.ToString(CultureInfo.InvariantCulture), $"Task {number} of plan {plan.Id}");
            }
            var task = TaskValidator.ToRecord(request.Task, plan.Id, request.RequestId);
            db.Tasks.Add(task);
            await db.SaveChangesAsync(ct);
            return task;
        }, new(caller.Current.Scope, TaskType, x => x.PlanId == plan.Id ? plan.CountyCode : OfAnotherPlan, x => x.Id), ct);
        return PlanMapping.ToProto(task, clock.Today());
    }

    public async Task<Proto.ListTasksResponse> ListTasksAsync(Proto.ListTasksRequest request, CancellationToken ct)
    {
        var plan = await caller.PlanAsync(request.PlanId, ct);
        var unit = request.Unit.Length > 0 ? request.Unit : caller.SeesEveryUnit ? "" : caller.Unit;
        if (!caller.Sees(unit.Length == 0 ? caller.Unit : unit))
        {
            throw new AccessDeniedException("Unit {0} is not your unit: you read your own unit's tasks only.", unit);
        }
        var today = clock.Today();
        var query = db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id);
        if (request.OverdueOnly)
        {
            // Overdue: the deadline has passed and it was not done by then (PlanTask.OverdueOn, in SQL).
            query = query.Where(t => t.Deadline < today && (t.DoneDate == null || t.DoneDate > t.Deadline));
        }
        if (unit.Length > 0)
        {
            // A unit's tasks: those it leads, and those it co-operates in (a JSON array of codes, filtered in memory).
            var page = (await query.OrderBy(t => t.Number).ThenBy(t => t.Id).ToListAsync(ct)).Where(t => t.Involves(unit)).ToList();
            var ranked = Paging.PageOf(page, PageRequest.Of(request.PageSize, request.PageToken, $"tasks:{plan.Id}:{unit}:{request.OverdueOnly}"));
            return new Proto.ListTasksResponse { Tasks = { ranked.Items.Select(t => PlanMapping.ToProto(t, today)) }, NextPageToken = ranked.NextPageToken };
        }
        var all = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"tasks:{plan.Id}::{request.OverdueOnly}"), t => t.Number, t => t.Id, descending: false, ct);
        return new Proto.ListTasksResponse { Tasks = { all.Items.Select(t => PlanMapping.ToProto(t, today)) }, NextPageToken = all.NextPageToken };
    }

    public async Task<Proto.ProgressReport> ReportAsync(Proto.ReportProgressRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Report is not null, "report", "is required"))
        {
            var r = request.Report!;
            errors.Require(r.PercentDone is >= 0 and <= 100, "report.percent_done", "must be 0 to 100");
            errors.Text("report.note", r.Note, 500, required: false);
            errors.Text("report.milestone_met", r.MilestoneMet, 100, required: false);
            errors.Require(r.Attachments.Count <= 10 && r.Attachments.All(a => a.Length is >= 1 and <= 100 && a.IndexOfAny(['/', '\\']) < 0),
                "report.attachments", "must be at most 10 file names of 1 to 100 characters");
        }
        errors.ThrowIfAny();
        var report = request.Report!;
        // A retry is answered before the checks a first report passed (the task has moved on since): only to a caller
        // who may see the task's plan.
        if (await db.ProgressReports.AsNoTracking().FirstOrDefaultAsync(p => p.RequestId == request.RequestId, ct) is { } earlier)
        {
            await caller.PlanAsync((await FindTaskAsync(earlier.TaskId, ct, "report.task_id")).PlanId, ct);
            return PlanMapping.ToProto(earlier);
        }
        var task = await FindTaskAsync(report.TaskId, ct, "report.task_id");
        var plan = await caller.PlanAsync(task.PlanId, ct);
        if (!task.Involves(caller.Unit))
        {
            throw new AccessDeniedException("Task {0} is not a task of your unit {1}: only its lead and co-operating units report on it.", task.Id, caller.Unit);
        }
        if (request.Etag.Length > 0)
        {
            task.RequireEtag(request.Etag, TaskType, task.Id);
        }
        if (report.PercentDone < task.PercentDone)
        {
            throw new PreconditionFailedException("Task {0} is {1}% done already: a report cannot lower it.", task.Id, task.PercentDone);
        }
        var today = clock.Today();
        var milestone = report.MilestoneMet.Length == 0 ? null : task.Milestones.FirstOrDefault(m => m.Name == report.MilestoneMet)
            ?? throw ValidationFailedException.For("report.milestone_met", "must name a milestone of the task");
        var (record, _) = await db.CreateOnceAsync<ProgressReportRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var record = new ProgressReportRecord
            {
                RequestId = request.RequestId, TaskId = task.Id, Unit = caller.Unit, PercentDone = report.PercentDone, Note = report.Note,
                MilestoneMet = report.MilestoneMet, Attachments = [.. report.Attachments], ReportedBy = caller.Current.Caller.Display, ReportDate = today,
            };
            task.PercentDone = report.PercentDone;
            if (report.PercentDone == 100 && task.DoneDate is null)
            {
                task.DoneDate = today;
            }
            if (milestone is { MetDate: null })
            {
                milestone.MetDate = today;
                task.Milestones = [.. task.Milestones]; // a new list, so that the JSON column is written
            }
            db.ProgressReports.Add(record);
            await db.SaveChangesAsync(ct);
            return record;
        }, new(caller.Current.Scope, TaskType, x => x.TaskId == task.Id ? plan.CountyCode : OfAnotherPlan, x => x.Id), ct);
        return PlanMapping.ToProto(record);
    }

    public async Task<Proto.ListProgressReportsResponse> ListReportsAsync(Proto.ListProgressReportsRequest request, CancellationToken ct)
    {
        var task = await FindTaskAsync(request.TaskId, ct, "task_id");
        if (!caller.SeesEveryUnit && !task.Involves(caller.Unit))
        {
            throw new ResourceNotFoundException(TaskType, task.Id.ToString(CultureInfo.InvariantCulture));
        }
        var page = await db.ProgressReports.AsNoTracking().Where(r => r.TaskId == task.Id)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"reports:{task.Id}"), r => r.Id, newestFirst: true, ct);
        return new Proto.ListProgressReportsResponse { Reports = { page.Items.Select(PlanMapping.ToProto) }, NextPageToken = page.NextPageToken };
    }

    /// <summary>A task of a plan in the caller's area (tracked), else NOT_FOUND.</summary>
    private async Task<PlanTask> FindTaskAsync(long id, CancellationToken ct, string field)
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new ResourceNotFoundException(TaskType, id.ToString(CultureInfo.InvariantCulture));
        await caller.PlanAsync(task.PlanId, ct);
        return task;
    }
}
