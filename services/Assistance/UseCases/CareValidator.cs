using Suite.ServiceDefaults.Errors;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The fields of care visits and pairings.</summary>
public static class CareValidator
{
    public static void Validate(Proto.Visit? visit, DateOnly today)
    {
        var errors = new FieldViolations();
        if (errors.Require(visit is not null, "visit", "is required"))
        {
            errors.Require(visit!.WomanId > 0, "visit.woman_id", "is required");
            errors.Text("visit.visitor", visit.Visitor, 50, required: true);
            errors.PastDate("visit.date", visit.Date, today, required: true);
            errors.Defined("visit.method", visit.Method, required: true);
            errors.Text("visit.notes", visit.Notes, 500, required: false);
            if (visit.NextVisitDate is not null && errors.Require(visit.NextVisitDate.TryToDateOnly(out var next), "visit.next_visit_date", "is not a valid date")
                && visit.Date is not null && visit.Date.TryToDateOnly(out var on))
            {
                errors.Require(next >= on, "visit.next_visit_date", "must not be before the visit");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CreatePairingRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("volunteer_name", request.VolunteerName, 50, required: true);
        errors.Text("volunteer_organisation", request.VolunteerOrganisation, 100, required: false);
        errors.ThrowIfAny();
    }
}
