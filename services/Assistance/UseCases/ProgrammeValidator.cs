using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The fields of a programme: its texts, rules and, for cash programmes, amount and period.</summary>
public static class ProgrammeValidator
{
    public static void Validate(Proto.UpdateProgrammeRequest request)
    {
        var errors = new FieldViolations();
        if (errors.Require(request.Programme is not null, "programme", "is required"))
        {
            errors.Require(request.Programme!.Etag.Length > 0, "programme.etag", "is required");
            Validate(request.Programme, errors);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.Programme p, FieldViolations errors)
    {
        errors.Text("programme.name", p.Name, 50, required: true);
        errors.Text("programme.lead_department", p.LeadDepartment, 50, required: true);
        errors.Require(p.Kind != Proto.ProgrammeKind.Unspecified && Enum.IsDefined(p.Kind), "programme.kind", "is required");
        errors.Text("programme.description", p.Description, 500, required: false);
        var rules = p.Rules ?? new Proto.EligibilityRules();
        errors.Require(rules.MinAge is >= 0 and <= 120 && rules.MaxAge is >= 0 and <= 120, "programme.rules", "ages must be 0 to 120");
        errors.Require(rules.MaxAge == 0 || rules.MinAge <= rules.MaxAge, "programme.rules.max_age", "must not be below min_age");
        errors.Require(rules.MaxDisabilityGrade is >= 0 and <= 4, "programme.rules.max_disability_grade", "must be 0 to 4");
        if (p.Kind == Proto.ProgrammeKind.Cash)
        {
            errors.Require(p.Cash is { MonthlyAmountFen: > 0, PeriodMonths: >= 1 and <= 120 }, "programme.cash", "a cash programme needs a positive monthly amount and a period of 1 to 120 months");
        }
    }
}
