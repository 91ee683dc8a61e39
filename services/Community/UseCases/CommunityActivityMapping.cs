using System.Globalization;
using Suite.Community.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

public static class CommunityActivityMapping
{
    public static Proto.Activity ToProto(this CommunityActivityRecord a) => new()
    {
        Id = a.Id, PlaceId = a.PlaceId, AreaCode = a.AreaCode, Kind = a.Kind, Date = Date.From(a.Date), Topic = a.Topic, Organiser = a.Organiser,
        Capacity = a.Capacity, RegisteredAttendance = a.RegisteredAttendance, OtherParticipants = a.OtherParticipants,
        Etag = a.Version.ToString(CultureInfo.InvariantCulture),
    };
}
