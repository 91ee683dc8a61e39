using Suite.FamilyEducation.Model;
using Community = Suite.Contracts.Community.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>A venue as Family education's copy of a place of Community's register: what it copies, and how it is kept current.</summary>
public static class VenueCopy
{
    /// <summary>The request id of a copy made for an activity that named the place (no client request made it).</summary>
    public static string RequestOf(long placeId) => $"community-place-{placeId}";

    public static Venue Of(Community.Place place, string requestId) => Refresh(new Venue
    {
        RequestId = requestId, Kind = CommunityPlaces.VenueKindOf(place.Kind), AreaCode = place.AreaCode, PlaceId = place.Id,
    }, place);

    /// <summary>What may change of a place (its name only through the register's own records; keeper and whether it is in use).</summary>
    public static Venue Refresh(Venue venue, Community.Place place)
    {
        venue.Name = place.Name;
        venue.Keeper = place.Keeper;
        venue.Active = place.Active;
        return venue;
    }
}
