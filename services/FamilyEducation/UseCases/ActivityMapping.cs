using Suite.FamilyEducation.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

public static class ActivityMapping
{
    public static Proto.Venue ToProto(this Venue v) => new()
    {
        Id = v.Id, Name = v.Name, Kind = v.Kind, AreaCode = v.AreaCode, Keeper = v.Keeper, Active = v.Active, PlaceId = v.PlaceId ?? 0,
    };

    /// <param name="placeId">The place of the activity's venue in Community's register (null while the venue waits to be moved).</param>
    public static Proto.Activity ToProto(this ActivityRecord a, long? placeId) => new()
    {
        Id = a.Id, VenueId = a.VenueId, AreaCode = a.AreaCode, Kind = a.Kind, Date = Date.From(a.Date), Topic = a.Topic, Speaker = a.Speaker,
        Capacity = a.Capacity, RegisteredAttendance = a.RegisteredAttendance, OtherParticipants = a.OtherParticipants, PlaceId = placeId ?? 0,
    };
}
