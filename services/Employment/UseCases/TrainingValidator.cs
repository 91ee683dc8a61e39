using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>The fields of training requests.</summary>
public static class TrainingValidator
{
    public static void Validate(Proto.CreateCourseRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Course is not null, "course", "is required"))
        {
            var c = request.Course!;
            errors.Text("course.name", c.Name, 100, required: true);
            errors.Defined("course.trade", c.Trade, required: true);
            errors.Defined("course.mode", c.Mode, required: true);
            errors.Text("course.provider", c.Provider, 100, required: true);
            errors.Require(AreaCode.IsDigits(c.AreaCode) && c.AreaCode.Length is AreaCode.CountyLength or AreaCode.TownshipLength or AreaCode.VillageLength,
                "course.area_code", "must be a county (6), township (9) or village (12 digits) code");
            if (errors.Require(c.StartDate is not null && c.StartDate.TryToDateOnly(out _), "course.start_date", "is required and must be a valid date")
                && errors.Require(c.EndDate is not null && c.EndDate.TryToDateOnly(out _), "course.end_date", "is required and must be a valid date"))
            {
                errors.Require(c.EndDate!.ToDateOnly() >= c.StartDate!.ToDateOnly(), "course.end_date", "must not be before start_date");
            }
            errors.Require(c.Hours is >= 1 and <= 1000, "course.hours", "must be 1 to 1,000");
            errors.Require(c.Capacity is >= 1 and <= 1000, "course.capacity", "must be 1 to 1,000");
            errors.Require(c.SubsidyYuan is >= 0 and <= 100_000, "course.subsidy_yuan", "must be 0 to 100,000");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.EnrolWomanRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.CourseId > 0, "course_id", "is required");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.ThrowIfAny();
    }

    public static DateOnly Validate(Proto.RecordAttendanceRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.CourseId > 0, "course_id", "is required");
        errors.PastDate("date", request.Date, today, required: true);
        errors.Require(request.WomanIds.Count is >= 1 and <= 1000, "woman_ids", "name 1 to 1,000 women");
        errors.Require(request.WomanIds.All(id => id > 0), "woman_ids", "must be Registry ids");
        errors.ThrowIfAny();
        return request.Date.ToDateOnly();
    }

    public static void Validate(Proto.CompleteEnrolmentRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordCertificateRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Certificate is not null, "certificate", "is required"))
        {
            var c = request.Certificate!;
            errors.Require(c.WomanId > 0, "certificate.woman_id", "is required");
            errors.Require(c.CourseId >= 0, "certificate.course_id", "must not be negative");
            errors.Defined("certificate.trade", c.Trade, required: true);
            errors.Text("certificate.kind", c.Kind, 50, required: true);
            errors.Text("certificate.level", c.Level, 20, required: true);
            errors.PastDate("certificate.issued_on", c.IssuedOn, today, required: true);
            errors.Text("certificate.issuer", c.Issuer, 100, required: true);
        }
        errors.ThrowIfAny();
    }
}
