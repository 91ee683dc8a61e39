using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The fields of benefit requests: payments, screenings and service sessions.</summary>
public static class BenefitValidator
{
    public static void Validate(Proto.RecordPaymentRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.BenefitId > 0, "benefit_id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.PastDate("paid_on", request.PaidOn, today, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordScreeningRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.AppointmentDate is not null && request.AppointmentDate.TryToDateOnly(out _), "appointment_date", "is required and must be a valid date");
        errors.Require(Enum.IsDefined(request.Result), "result", "is not a known value");
        errors.Require(request.Note.Length <= 200, "note", "must be at most 200 characters");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordSessionRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.PastDate("date", request.Date, today, required: true);
        errors.Require(request.Note.Trim().Length is > 0 and <= 200, "note", "must be 1 to 200 characters");
        errors.ThrowIfAny();
    }
}
