using Suite.Contracts.Common.V1;
using Suite.GrpcServer.Errors;
using Suite.Persistence;

namespace Suite.Casework;

/// <summary>Every field of a referral request checked before anything is read.</summary>
public static class ReferralValidator
{
    public static void Validate(SendReferralRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(Contracts.EventStreams.Services.Contains(request.Target), "target", "must be a department of the suite");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Require(request.Reason != ReferralReason.Unspecified && Enum.IsDefined(request.Reason), "reason", "is required");
        errors.Require(request.Needs.Count > 0 && request.Needs.All(n => n != ReferralNeed.Unspecified && Enum.IsDefined(n)), "needs", "at least one, each from the list");
        errors.Require(Enum.IsDefined(request.Urgency), "urgency", "must be routine or urgent");
        errors.Text("note", request.Note, 200, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(long id, string etag)
    {
        var errors = new FieldViolations();
        errors.Require(id > 0, "id", "is required");
        errors.Require(etag.Length > 0, "etag", "is required");
        errors.ThrowIfAny();
    }

    public static void Validate(CompleteReferralRequest request)
    {
        Validate(request.Id, request.Etag);
        if (request.Outcome == ReferralOutcome.Unspecified || !Enum.IsDefined(request.Outcome))
        {
            throw ValidationFailedException.For("outcome", "is required");
        }
    }

    public static void Validate(ReturnReferralRequest request)
    {
        Validate(request.Id, request.Etag);
        if (request.Reason == ReturnReason.Unspecified || !Enum.IsDefined(request.Reason))
        {
            throw ValidationFailedException.For("reason", "is required");
        }
    }

    public static void Validate(AcceptReferralRequest request)
    {
        Validate(request.Id, request.Etag);
        var errors = new FieldViolations();
        errors.Text("owner", request.Owner, 100, required: false);
        errors.Text("owner_name", request.OwnerName, 100, required: false);
        errors.ThrowIfAny();
    }
}
