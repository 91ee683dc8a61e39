using System.Globalization;
using Suite.Supervision.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>Plans, tasks and reports on the wire.</summary>
public static class PlanMapping
{
    public static Proto.Plan ToProto(Plan plan, int tasks) => new()
    {
        Id = plan.Id, CountyCode = plan.CountyCode, Year = plan.Year, Title = plan.Title, Tasks = tasks, Closed = plan.Closed,
    };

    public static Proto.PlanTask ToProto(PlanTask t, DateOnly today) => new()
    {
        Id = t.Id, PlanId = t.PlanId, Number = t.Number, Measure = t.Measure, Content = t.Content, LeadUnit = t.LeadUnit,
        CooperatingUnits = { t.CooperatingUnits }, Deadline = Date.From(t.Deadline), ResponsiblePerson = t.ResponsiblePerson,
        MeasuredBy = t.MeasuredBy, PercentDone = t.PercentDone, Overdue = t.OverdueOn(today),
        Milestones = { t.Milestones.Select(m => new Proto.Milestone { Name = m.Name, DueDate = Date.From(m.DueDate), MetDate = Date.From(m.MetDate) }) },
        Etag = t.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Proto.ProgressReport ToProto(ProgressReportRecord r) => new()
    {
        Id = r.Id, TaskId = r.TaskId, Unit = r.Unit, PercentDone = r.PercentDone, Note = r.Note, MilestoneMet = r.MilestoneMet,
        Attachments = { r.Attachments }, ReportedBy = r.ReportedBy, ReportDate = Date.From(r.ReportDate),
    };
}
