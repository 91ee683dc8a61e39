using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Community = Suite.Contracts.Community.V1;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// Venues (Family education's copies of places of Community's register) and activities, and the count of participants
/// not on the ledger. A venue is recorded in the register first, with the caller's token; an activity names a venue or
/// a place of the register.
/// </summary>
public sealed class ActivityDesk(FamilyEducationDbContext db, CurrentCaller caller, TimeProvider clock, CommunityPlaces places)
{
    public const string VenueType = "suite.familyeducation.v1.Venue";
    public const string ActivityType = "suite.familyeducation.v1.Activity";
    public const string PlaceType = "suite.community.v1.Place";

    public async Task<Proto.Venue> CreateVenueAsync(Proto.CreateVenueRequest request, CancellationToken ct)
    {
        ActivityValidator.Validate(request);
        caller.Scope.RequireWrite(request.Venue.AreaCode, "venue.area_code");
        var (venue, _) = await db.CreateOnceAsync<Venue>(v => v.RequestId == request.RequestId, async () =>
        {
            // The place first (idempotent by a request id of its own derived from the caller's): a failure after it
            // leaves no venue, and the retry gets the same place.
            var r = request.Venue;
            var place = await places.CreateAsCallerAsync(new Community.CreatePlaceRequest
            {
                RequestId = CommunityPlaces.PlaceRequestOf(request.RequestId),
                Place = new Community.Place { Name = r.Name, Kind = CommunityPlaces.PlaceKindOf(r.Kind), AreaCode = r.AreaCode, Keeper = r.Keeper },
            }, ct);
            var v = VenueCopy.Of(place, request.RequestId);
            db.Venues.Add(v);
            await db.SaveChangesAsync(ct);
            return v;
        }, new(caller.Scope, VenueType, x => x.AreaCode, x => x.Id), ct);
        return venue.ToProto();
    }

    public async Task<Proto.ListVenuesResponse> ListVenuesAsync(Proto.ListVenuesRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var venues = await db.Venues.AsNoTracking().Where(v => v.AreaCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"venues:{area}"), v => v.AreaCode, v => v.Id, descending: false, ct);
        return new Proto.ListVenuesResponse { Venues = { venues.Items.Select(v => v.ToProto()) }, NextPageToken = venues.NextPageToken };
    }

    public async Task<Proto.Activity> CreateActivityAsync(Proto.CreateActivityRequest request, CancellationToken ct)
    {
        ActivityValidator.Validate(request, clock.Today());
        var (activity, created) = await db.CreateOnceAsync<ActivityRecord>(a => a.RequestId == request.RequestId, async () =>
        {
            var a = request.Activity;
            var venue = a.PlaceId > 0
                ? await VenueOfPlaceAsync(a.PlaceId, ct)
                : await db.FindInScopeAsync<Venue>(a.VenueId, v => v.AreaCode, caller.Scope, VenueType, ct, "activity.venue_id");
            var activity = new ActivityRecord
            {
                RequestId = request.RequestId, VenueId = venue.Id, AreaCode = venue.AreaCode, Kind = a.Kind, Date = a.Date.ToDateOnly(), Topic = a.Topic,
                Speaker = a.Speaker, Capacity = a.Capacity, OtherParticipants = a.OtherParticipants,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            return activity;
        }, new(caller.Scope, ActivityType, x => x.AreaCode, x => x.Id), ct);
        return await WithPlaceAsync(activity, ct);
    }

    /// <summary>
    /// The venue of a place of the register an activity names: the copy held, or the place read from Community with the
    /// caller's token (NOT_FOUND there, UNAVAILABLE when Community is away) and kept as a venue. The place must lie in
    /// the caller's area, as a venue must: an activity is of its venue's area.
    /// </summary>
    private async Task<Venue> VenueOfPlaceAsync(long placeId, CancellationToken ct)
    {
        if (await db.Venues.FirstOrDefaultAsync(v => v.PlaceId == placeId, ct) is { } held)
        {
            if (!caller.Scope.CoversOrIsAbove(held.AreaCode))
            {
                throw new ResourceNotFoundException(PlaceType, placeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            caller.Scope.RequireWrite(held.AreaCode, "activity.place_id");
            return held;
        }
        var place = await places.GetAsCallerAsync(placeId, ct);
        caller.Scope.RequireWrite(place.AreaCode, "activity.place_id");
        var copy = VenueCopy.Of(place, VenueCopy.RequestOf(place.Id));
        db.Venues.Add(copy);
        try
        {
            await db.SaveChangesAsync(ct);
            return copy;
        }
        catch (DbUpdateException)
        {
            // Another call kept the same place at the same moment: its copy is the one.
            db.ChangeTracker.Clear();
            return await db.Venues.FirstOrDefaultAsync(v => v.PlaceId == placeId, ct) ?? throw new InvalidOperationException($"The copy of place {placeId} could not be stored.");
        }
    }

    public async Task<Proto.Activity> GetActivityAsync(long id, CancellationToken ct) =>
        await WithPlaceAsync(await db.FindInScopeAsync<ActivityRecord>(id, a => a.AreaCode, caller.Scope, ActivityType, ct), ct);

    private async Task<Proto.Activity> WithPlaceAsync(ActivityRecord activity, CancellationToken ct) =>
        activity.ToProto(await db.Venues.Where(v => v.Id == activity.VenueId).Select(v => v.PlaceId).FirstOrDefaultAsync(ct));

    public async Task<Proto.ListActivitiesResponse> ListActivitiesAsync(Proto.ListActivitiesRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var activities = await db.Activities.AsNoTracking().Where(a => a.AreaCode.StartsWith(area) && a.Date >= from && a.Date <= to)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"activities:{area}:{from}:{to}"), a => a.Date, a => a.Id, descending: true, ct);
        var venueIds = activities.Items.Select(a => a.VenueId).Distinct().ToList();
        var placeOf = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.PlaceId, ct);
        return new Proto.ListActivitiesResponse { Activities = { activities.Items.Select(a => a.ToProto(placeOf.GetValueOrDefault(a.VenueId))) }, NextPageToken = activities.NextPageToken };
    }

    public async Task<Proto.Activity> RecordOtherParticipantsAsync(Proto.RecordOtherParticipantsRequest request, CancellationToken ct)
    {
        if (request.Count is < 0 or > 100_000)
        {
            throw ValidationFailedException.For("count", "must be 0 to 100,000");
        }
        var activity = await db.FindInScopeAsync<ActivityRecord>(request.ActivityId, a => a.AreaCode, caller.Scope, ActivityType, ct, "activity_id");
        activity.OtherParticipants = request.Count;
        await db.SaveChangesAsync(ct);
        return await WithPlaceAsync(activity, ct);
    }
}
