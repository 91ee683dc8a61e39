using Suite.GrpcServer.Errors;
using Suite.Ledger;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>The fields of a task, for one added by hand and for each row of an imported table alike.</summary>
public static class TaskValidator
{
    public const int MaxMilestones = 12;
    public const int MaxCooperatingUnits = 30;

    public static void Validate(FieldViolations errors, Proto.PlanTask task, Plan plan, IReadOnlySet<string> townships, string prefix = "task.")
    {
        errors.Text(prefix + "number", task.Number, 20, required: true);
        errors.Require(task.Measure >= 1 && task.Measure <= SupervisionLabels.Measures.Count, prefix + "measure", $"must be 1 to {SupervisionLabels.Measures.Count}");
        errors.Text(prefix + "content", task.Content, 500, required: true);
        errors.Require(Units.IsUnitOf(task.LeadUnit, townships), prefix + "lead_unit", "must be a department or a township of the plan's county");
        errors.Require(task.CooperatingUnits.Count <= MaxCooperatingUnits
            && task.CooperatingUnits.All(u => Units.IsUnitOf(u, townships) && u != task.LeadUnit)
            && task.CooperatingUnits.Distinct().Count() == task.CooperatingUnits.Count,
            prefix + "cooperating_units", "must be departments or townships of the plan's county, each once and not the lead unit");
        InYear(errors, prefix + "deadline", task.Deadline, plan.Year, required: true);
        errors.Text(prefix + "responsible_person", task.ResponsiblePerson, 50, required: true);
        errors.Text(prefix + "measured_by", task.MeasuredBy, 200, required: false);
        if (errors.Require(task.Milestones.Count <= MaxMilestones, prefix + "milestones", $"must be at most {MaxMilestones}"))
        {
            for (var i = 0; i < task.Milestones.Count; i++)
            {
                errors.Text($"{prefix}milestones[{i}].name", task.Milestones[i].Name, 100, required: true);
                InYear(errors, $"{prefix}milestones[{i}].due_date", task.Milestones[i].DueDate, plan.Year, required: true);
            }
        }
    }

    private static void InYear(FieldViolations errors, string field, Suite.Contracts.Common.V1.Date? date, int year, bool required)
    {
        if (date is null)
        {
            errors.Require(!required, field, "is required");
        }
        else if (!date.TryToDateOnly(out var day))
        {
            errors.Add(field, "is not a valid date");
        }
        else
        {
            errors.Require(day.Year == year, field, "must be within the plan's year");
        }
    }

    public static PlanTask ToRecord(Proto.PlanTask task, long planId, string requestId) => new()
    {
        RequestId = requestId, PlanId = planId, Number = task.Number.Trim(), Measure = task.Measure, Content = task.Content,
        LeadUnit = task.LeadUnit, CooperatingUnits = [.. task.CooperatingUnits], Deadline = task.Deadline.ToDateOnly(),
        ResponsiblePerson = task.ResponsiblePerson, MeasuredBy = task.MeasuredBy,
        Milestones = [.. task.Milestones.Select(m => new MilestoneEntry { Name = m.Name, DueDate = m.DueDate.ToDateOnly() })],
    };
}
