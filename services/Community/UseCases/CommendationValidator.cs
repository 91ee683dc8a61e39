using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of commendation rounds, nominations, notices, objections and decisions.</summary>
public static class CommendationValidator
{
    public const int MinNoticeDays = 5;
    public const int MaxNoticeDays = 30;

    public static void Validate(Proto.CreateRoundRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Round is not null, "round", "is required"))
        {
            var r = request.Round!;
            errors.Text("round.title", r.Title, 100, required: true);
            errors.Defined("round.kind", r.Kind, required: true);
            errors.Require(AreaCode.IsDigits(r.AreaCode) && r.AreaCode.Length == AreaCode.CountyLength, "round.area_code", "must be a 6-digit county code");
            FutureDate(errors, "round.nomination_deadline", r.NominationDeadline, today);
            errors.Require(r.NoticeDays is >= MinNoticeDays and <= MaxNoticeDays, "round.notice_days", $"must be {MinNoticeDays} to {MaxNoticeDays}");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.NominateRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.RoundId > 0, "round_id", "is required");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("reason", request.Reason, 500, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.ReviewNominationRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Text("reason", request.Reason, 500, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.PostNoticeRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Require(request.RoundId > 0, "round_id", "is required");
        errors.Require(AreaCode.IsDigits(request.AreaCode) && request.AreaCode.Length is AreaCode.CountyLength or AreaCode.TownshipLength, "area_code",
            "must be a 6-digit county or 9-digit township code");
        FutureDate(errors, "notice_from", request.NoticeFrom, today);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordObjectionRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.NominationId > 0, "nomination_id", "is required");
        errors.Text("text", request.Text, 500, required: true);
        errors.Text("raised_by", request.RaisedBy, 50, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.ResolveObjectionRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Text("resolution", request.Resolution, 500, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.DecideNominationRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Text("note", request.Note, 500, required: false);
        errors.ThrowIfAny();
    }

    /// <summary>A required date that exists and is today or later.</summary>
    private static void FutureDate(FieldViolations errors, string field, Suite.Contracts.Common.V1.Date? date, DateOnly today)
    {
        if (errors.Require(date is not null && date.TryToDateOnly(out _), field, "is required and must be a valid date"))
        {
            errors.Require(date!.ToDateOnly() >= today, field, "must not be in the past");
        }
    }
}
