using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>The fields of venues, activities and sign-in rows.</summary>
public static class ActivityValidator
{
    public static void Validate(Proto.CreateVenueRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Venue is not null, "venue", "is required"))
        {
            errors.Text("venue.name", request.Venue!.Name, 100, required: true);
            errors.Defined("venue.kind", request.Venue.Kind, required: true);
            errors.Require(WorkArea(request.Venue.AreaCode), "venue.area_code", "must be a township (9) or village (12 digits) code");
            errors.Text("venue.keeper", request.Venue.Keeper, 50, required: true);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.CreateActivityRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Activity is not null, "activity", "is required"))
        {
            var a = request.Activity!;
            errors.Require(a.VenueId > 0 || a.PlaceId > 0, "activity.venue_id", "is required");
            errors.Require(a.PlaceId >= 0, "activity.place_id", "must not be negative");
            errors.Require(a.VenueId == 0 || a.PlaceId == 0, "activity.place_id", "must not be given with venue_id");
            errors.Defined("activity.kind", a.Kind, required: true);
            errors.PastDate("activity.date", a.Date, today, required: true);
            errors.Text("activity.topic", a.Topic, 100, required: true);
            errors.Text("activity.speaker", a.Speaker, 100, required: true);
            errors.Require(a.Capacity is >= 1 and <= 10_000, "activity.capacity", "must be 1 to 10,000");
            errors.Require(a.OtherParticipants is >= 0 and <= 100_000, "activity.other_participants", "must be 0 to 100,000");
        }
        errors.ThrowIfAny();
    }

    private static bool WorkArea(string code) => AreaCode.IsDigits(code) && code.Length is AreaCode.TownshipLength or AreaCode.VillageLength;
}
