using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>The fields of mediation requests.</summary>
public static class MediationValidator
{
    public static void Validate(Proto.OpenMediationRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.MatterId > 0, "matter_id", "is required");
        errors.Text("committee", request.Committee, 100, required: true);
        errors.Text("mediator", request.Mediator, 50, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordMediationSessionRequest request, DateOnly today)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        if (errors.Require(request.Session is not null, "session", "is required"))
        {
            errors.PastDate("session.date", request.Session!.Date, today, required: true);
            errors.Text("session.note", request.Session.Note, 500, required: true);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CloseMediationRequest request, DateOnly today)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        errors.Defined("agreement", request.Agreement, required: true);
        errors.Defined("next_step", request.NextStep, required: false);
        if (errors.Require(request.FollowUpDate is not null && request.FollowUpDate.TryToDateOnly(out _), "follow_up_date", "is required and must be a valid date"))
        {
            errors.Require(request.FollowUpDate!.ToDateOnly() >= today, "follow_up_date", "must not be in the past");
        }
        errors.Require(request.Agreement != Proto.Agreement.Reached || request.NextStep == Proto.NextStep.Unspecified,
            "next_step", "is only for a mediation without agreement");
        errors.ThrowIfAny();
    }
}
