using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>The fields of job-seeker, employer, post and placement requests.</summary>
public static class JobValidator
{
    public static void Validate(Proto.RegisterJobSeekerRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Defined("status", request.Status, required: true);
        errors.Defined("wish", request.Wish, required: false);
        errors.Defined("max_distance", request.MaxDistance, required: false);
        errors.Require(request.Skills.Count <= 10, "skills", "at most 10");
        for (var i = 0; i < request.Skills.Count; i++)
        {
            errors.Text($"skills[{i}]", request.Skills[i], 20, required: true);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CreateEmployerRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Employer is not null, "employer", "is required"))
        {
            errors.Text("employer.name", request.Employer!.Name, 100, required: true);
            errors.Defined("employer.kind", request.Employer.Kind, required: true);
            errors.Require(WorkArea(request.Employer.AreaCode), "employer.area_code", "must be a township (9) or village (12 digits) code");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CreatePostRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Post is not null, "post", "is required"))
        {
            var p = request.Post!;
            errors.Require(p.EmployerId > 0, "post.employer_id", "is required");
            errors.Text("post.title", p.Title, 100, required: true);
            errors.Defined("post.trade", p.Trade, required: true);
            errors.Require(WorkArea(p.AreaCode), "post.area_code", "must be a township (9) or village (12 digits) code");
            errors.Require(p.MonthlyPayYuan is >= 1 and <= 100_000, "post.monthly_pay_yuan", "must be 1 to 100,000");
            errors.Defined("post.pattern", p.Pattern, required: true);
            errors.Require(p.Openings is >= 1 and <= 1000, "post.openings", "must be 1 to 1,000");
            if (p.MotherPost)
            {
                errors.Require(p.Pattern is Proto.WorkPattern.Flexible or Proto.WorkPattern.HomeBased, "post.pattern", "a mother post is flexible or home-based");
                errors.Text("post.demonstration_site", p.DemonstrationSite, 100, required: true);
            }
            else
            {
                errors.Require(p.DemonstrationSite.Length == 0, "post.demonstration_site", "is only for a mother post");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.PlaceWomanRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.PostId > 0, "post_id", "is required");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        if (errors.Require(request.StartDate is not null && request.StartDate.TryToDateOnly(out _), "start_date", "is required and must be a valid date"))
        {
            errors.Require(request.StartDate!.ToDateOnly() <= today.AddDays(90), "start_date", "must be within 90 days");
        }
        errors.Require(request.MonthlyPayYuan is >= 0 and <= 100_000, "monthly_pay_yuan", "must be 0 to 100,000");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.EndPlacementRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.PastDate("end_date", request.EndDate, today, required: true);
        errors.Text("reason", request.Reason, 200, required: true);
        errors.ThrowIfAny();
    }


    private static bool WorkArea(string code) => AreaCode.IsDigits(code) && code.Length is AreaCode.TownshipLength or AreaCode.VillageLength;
}
