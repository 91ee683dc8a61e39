using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of social organisations and purchased-service projects.</summary>
public static class OrganisationValidator
{
    public const int MaxQuantity = 1_000_000;

    // The characters of a unified social credit code (GB 32100-2015): digits and upper-case letters but I, O, S, V and Z.
    private const string CreditCodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>18 characters, each a digit or an upper-case letter other than I, O, S, V and Z.</summary>
    public static bool IsCreditCode(string code) => code.Length == 18 && code.All(c => CreditCodeCharacters.Contains(c, StringComparison.Ordinal));

    /// <summary>A department code as the suite writes it: lower-case letters and hyphens, e.g. "womens-federation".</summary>
    public static bool IsDepartmentCode(string code) =>
        code.Length is >= 2 and <= 40 && code.All(c => c is (>= 'a' and <= 'z') or '-') && code[0] != '-' && code[^1] != '-';

    /// <summary>A county (6), township (9) or village (12 digits) code.</summary>
    public static bool CountyOrBelow(string code) =>
        AreaCode.IsDigits(code) && code.Length is AreaCode.CountyLength or AreaCode.TownshipLength or AreaCode.VillageLength;

    public static void Validate(Proto.RegisterOrganisationRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Organisation is not null, "organisation", "is required"))
        {
            var o = request.Organisation!;
            errors.Text("organisation.name", o.Name, 100, required: true);
            errors.Require(IsCreditCode(o.CreditCode), "organisation.credit_code", "must be 18 digits or upper-case letters other than I, O, S, V and Z");
            errors.Require(CountyOrBelow(o.AreaCode), "organisation.area_code", "must be a county (6), township (9) or village (12 digits) code");
            errors.Defined("organisation.kind", o.Kind, required: true);
            errors.Require(o.Qualifications.Count <= 20, "organisation.qualifications", "must be at most 20");
            for (var i = 0; i < o.Qualifications.Count; i++)
            {
                errors.Text($"organisation.qualifications[{i}]", o.Qualifications[i], 100, required: true);
            }
            errors.Text("organisation.contact_name", o.ContactName, 50, required: true);
            errors.Text("organisation.contact_phone", o.ContactPhone, 20, required: false);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CreateProjectRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Project is not null, "project", "is required"))
        {
            var p = request.Project!;
            errors.Require(p.OrganisationId > 0, "project.organisation_id", "is required");
            errors.Require(IsDepartmentCode(p.BuyingDepartment), "project.buying_department", "must be a department code such as womens-federation");
            errors.Text("project.title", p.Title, 100, required: true);
            errors.Require(p.BudgetYuan is >= 1 and <= 100_000_000, "project.budget_yuan", "must be 1 to 100,000,000");
            var from = Date(errors, "project.from_date", p.FromDate);
            var to = Date(errors, "project.to_date", p.ToDate);
            if (from is not null && to is not null)
            {
                errors.Require(to >= from, "project.to_date", "must not be before from_date");
            }
            errors.Require(CountyOrBelow(p.AreaCode), "project.area_code", "must be a county (6), township (9) or village (12 digits) code");
            errors.Require(p.Services.Count is >= 1 and <= 3, "project.services", "must promise 1 to 3 kinds of service");
            for (var i = 0; i < p.Services.Count; i++)
            {
                var s = p.Services[i];
                errors.Defined($"project.services[{i}].kind", s.Kind, required: true);
                errors.Require(p.Services.Take(i).All(earlier => earlier.Kind != s.Kind), $"project.services[{i}].kind", "must not repeat a kind");
                errors.Require(s.Quantity is >= 1 and <= MaxQuantity, $"project.services[{i}].quantity", "must be 1 to 1,000,000");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AttachRecordRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.ProjectId > 0, "project_id", "is required");
        errors.Defined("record_kind", request.RecordKind, required: true);
        errors.Require(request.RecordId > 0, "record_id", "is required");
        errors.ThrowIfAny();
    }

    /// <summary>A delivery report's own fields (ReportDelivery, AcceptProject); the claims against the records are checked by the desk.</summary>
    public static void Validate(long projectId, string etag, IReadOnlyList<Proto.ServiceQuantity> delivered)
    {
        var errors = new FieldViolations();
        errors.Require(projectId > 0, "project_id", "is required");
        errors.Require(etag.Length > 0, "etag", "is required");
        for (var i = 0; i < delivered.Count; i++)
        {
            var d = delivered[i];
            errors.Defined($"delivered[{i}].kind", d.Kind, required: true);
            errors.Require(delivered.Take(i).All(earlier => earlier.Kind != d.Kind), $"delivered[{i}].kind", "must not repeat a kind");
            errors.Require(d.Quantity is >= 0 and <= MaxQuantity, $"delivered[{i}].quantity", "must be 0 to 1,000,000");
        }
        errors.ThrowIfAny();
    }

    private static DateOnly? Date(FieldViolations errors, string field, Suite.Contracts.Common.V1.Date? date)
    {
        if (date is null)
        {
            errors.Add(field, "is required");
            return null;
        }
        if (!date.TryToDateOnly(out var value))
        {
            errors.Add(field, "is not a valid date");
            return null;
        }
        return value;
    }
}
