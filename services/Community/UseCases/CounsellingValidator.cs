using Suite.Contracts.Community.V1;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of counsellors, bookings and sessions.</summary>
public static class CounsellingValidator
{
    public const int NotesLength = 2000;
    public const int MaxGroupWomen = 200;

    public static void Validate(Proto.AddCounsellorRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Counsellor is not null, "counsellor", "is required"))
        {
            var c = request.Counsellor!;
            errors.Require(c.PointId > 0, "counsellor.point_id", "is required");
            errors.Text("counsellor.subject", c.Subject, 100, required: true);
            errors.Text("counsellor.name", c.Name, 50, required: true);
            errors.Text("counsellor.qualification", c.Qualification, 100, required: false);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.BookCounsellingSessionRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.PointId > 0, "point_id", "is required");
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        if (errors.Require(request.Date is not null && request.Date.TryToDateOnly(out _), "date", "is required and must be a valid date"))
        {
            var date = request.Date!.ToDateOnly();
            errors.Require(date >= today && date <= today.AddYears(1), "date", "must be today or later, within a year");
        }
        errors.Defined("source", request.Source, required: true);
        errors.Require(request.ReferralId >= 0, "referral_id", "must not be negative");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordCounsellingSessionRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Defined("kind", request.Kind, required: true);
        if (request.Kind == CounsellingSessionKind.Individual)
        {
            errors.Require(request.BookingId > 0, "booking_id", "is required for an individual session");
            errors.Require(request.PointId >= 0, "point_id", "must not be negative");
            errors.Require(request.WomanIds.Count == 0, "woman_ids", "must be empty for an individual session (the booking names her)");
            errors.Require(request.OtherParticipants == 0, "other_participants", "must be 0 for an individual session");
        }
        else if (request.Kind == CounsellingSessionKind.Group)
        {
            errors.Require(request.BookingId == 0, "booking_id", "must be 0 for a group session");
            errors.Require(request.PointId > 0, "point_id", "is required");
            if (errors.Require(request.WomanIds.Count <= MaxGroupWomen, "woman_ids", "must name at most 200 women")
                && errors.Require(request.WomanIds.All(id => id > 0), "woman_ids", "must be Registry ids"))
            {
                errors.Require(request.WomanIds.Distinct().Count() == request.WomanIds.Count, "woman_ids", "must not name a woman twice");
            }
            if (errors.Require(request.OtherParticipants is >= 0 and <= 1000, "other_participants", "must be 0 to 1,000"))
            {
                errors.Require(request.WomanIds.Count + request.OtherParticipants >= 2, "woman_ids", "a group session needs at least two participants");
            }
        }
        errors.PastDate("date", request.Date, today, required: true);
        errors.Defined("topic", request.Topic, required: true);
        Notes(errors, "notes", request.Notes);
        if (request.FollowUpDate is not null && errors.Require(request.FollowUpDate.TryToDateOnly(out var followUp), "follow_up_date", "is not a valid date")
            && request.Date is not null && request.Date.TryToDateOnly(out var held))
        {
            errors.Require(followUp > held, "follow_up_date", "must be after the session date");
        }
        errors.ThrowIfAny();
    }

    public static void ValidateWithinDays(int withinDays)
    {
        if (withinDays is < 0 or > 60)
        {
            throw ValidationFailedException.For("within_days", "must be 0 to 60");
        }
    }

    // Free text of many lines: line breaks and tabs are allowed, other control characters are not.
    private static void Notes(FieldViolations errors, string field, string value)
    {
        if (FieldRules.Length(value) > NotesLength)
        {
            errors.Add(field, $"must be at most {NotesLength} characters");
        }
        else
        {
            errors.Require(!value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')), field, "must not contain control characters other than line breaks");
        }
    }
}
