using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>The fields of protection-order and police-referral requests.</summary>
public static class ProtectionValidator
{
    public static void Validate(Proto.ApplyForProtectionOrderRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.MatterId > 0, "matter_id", "is required");
        errors.Text("court", request.Court, 100, required: true);
        errors.PastDate("applied_on", request.AppliedOn, today, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.DecideProtectionOrderRequest request, DateOnly today)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        if (request.Issued)
        {
            errors.PastDate("issued_on", request.IssuedOn, today, required: true);
            if (errors.Require(request.ExpiresOn is not null && request.ExpiresOn.TryToDateOnly(out _), "expires_on", "is required and must be a valid date")
                && request.IssuedOn is not null && request.IssuedOn.TryToDateOnly(out var issued))
            {
                errors.Require(request.ExpiresOn!.ToDateOnly() > issued, "expires_on", "must be after issued_on");
            }
            errors.Require(request.Measures.Count is >= 1 and <= 10, "measures", "an issued order has 1 to 10 measures");
            for (var i = 0; i < request.Measures.Count; i++)
            {
                errors.Text($"measures[{i}]", request.Measures[i], 100, required: true);
            }
        }
        else
        {
            errors.Require(request.Measures.Count == 0 && request.IssuedOn is null && request.ExpiresOn is null,
                "issued", "a refused order has no dates or measures");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordOrderViolationRequest request, DateOnly today)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        if (errors.Require(request.Violation is not null, "violation", "is required"))
        {
            errors.PastDate("violation.date", request.Violation!.Date, today, required: true);
            errors.Text("violation.description", request.Violation.Description, 500, required: true);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.ReferToPoliceRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.MatterId > 0, "matter_id", "is required");
        errors.Defined("crime", request.Crime, required: true);
        errors.Text("station", request.Station, 100, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordPoliceFeedbackRequest request)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        errors.Text("feedback", request.Feedback, 500, required: true);
        errors.ThrowIfAny();
    }
}
