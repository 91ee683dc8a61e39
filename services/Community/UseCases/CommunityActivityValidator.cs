using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of community activities (the rows of a sign-in sheet are checked by the suite's importer).</summary>
public static class CommunityActivityValidator
{
    public static void Validate(Proto.CreateActivityRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Activity is not null, "activity", "is required"))
        {
            var a = request.Activity!;
            errors.Require(a.PlaceId > 0, "activity.place_id", "is required");
            errors.Defined("activity.kind", a.Kind, required: true);
            errors.PastDate("activity.date", a.Date, today, required: true);
            errors.Text("activity.topic", a.Topic, 100, required: true);
            errors.Text("activity.organiser", a.Organiser, 100, required: true);
            errors.Require(a.Capacity is >= 1 and <= 10_000, "activity.capacity", "must be 1 to 10,000");
            errors.Require(a.OtherParticipants is >= 0 and <= 100_000, "activity.other_participants", "must be 0 to 100,000");
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.ListActivitiesRequest request)
    {
        var errors = new FieldViolations();
        errors.Defined("kind", request.Kind, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordOtherParticipantsRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.ActivityId > 0, "activity_id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Require(request.Count is >= 0 and <= 100_000, "count", "must be 0 to 100,000");
        errors.ThrowIfAny();
    }
}
