using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>The fields of pairings, sessions and concerns.</summary>
public static class GuidanceValidator
{
    public static void Validate(Proto.CreatePairingRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("guide_name", request.GuideName, 50, required: true);
        errors.Defined("guide_kind", request.GuideKind, required: true);
        errors.Text("organisation", request.Organisation, 100, required: false);
        if (errors.Require(request.FirstSessionDate is not null && request.FirstSessionDate.TryToDateOnly(out _), "first_session_date", "is required and must be a valid date"))
        {
            errors.Require(request.FirstSessionDate!.ToDateOnly() >= today, "first_session_date", "must not be in the past");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordSessionRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.PairingId > 0, "pairing_id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        var next = errors.Require(request.NextSessionDate is not null && request.NextSessionDate.TryToDateOnly(out _), "next_session_date", "is required and must be a valid date")
            ? request.NextSessionDate!.ToDateOnly()
            : (DateOnly?)null;
        if (errors.Require(request.Session is not null, "session", "is required"))
        {
            var s = request.Session!;
            errors.PastDate("session.date", s.Date, today, required: true);
            errors.Defined("session.form", s.Form, required: true);
            errors.Require(s.Topics.Count is >= 1 and <= 5 && s.Topics.All(t => t != Proto.Topic.Unspecified && Enum.IsDefined(t)), "session.topics", "name 1 to 5 known topics");
            errors.Text("session.note", s.Note, 500, required: false);
            if (next is { } due && s.Date is not null && s.Date.TryToDateOnly(out var held))
            {
                errors.Require(due > held, "next_session_date", "must be after the session");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RaiseConcernRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Defined("kind", request.Kind, required: true);
        errors.Defined("severity", request.Severity, required: true);
        errors.Text("narrative", request.Narrative, 1000, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CloseConcernRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Text("resolution", request.Resolution, 500, required: true);
        errors.ThrowIfAny();
    }
}
