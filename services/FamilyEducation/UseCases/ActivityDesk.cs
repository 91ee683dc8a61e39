using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>Venues and activities, and the count of participants not on the ledger.</summary>
public sealed class ActivityDesk(FamilyEducationDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public const string VenueType = "suite.familyeducation.v1.Venue";
    public const string ActivityType = "suite.familyeducation.v1.Activity";

    public async Task<Proto.Venue> CreateVenueAsync(Proto.CreateVenueRequest request, CancellationToken ct)
    {
        ActivityValidator.Validate(request);
        caller.Scope.RequireWrite(request.Venue.AreaCode, "venue.area_code");
        var (venue, _) = await db.CreateOnceAsync<Venue>(v => v.RequestId == request.RequestId, async () =>
        {
            var v = new Venue { RequestId = request.RequestId, Name = request.Venue.Name, Kind = request.Venue.Kind, AreaCode = request.Venue.AreaCode, Keeper = request.Venue.Keeper };
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
            var venue = await db.FindInScopeAsync<Venue>(a.VenueId, v => v.AreaCode, caller.Scope, VenueType, ct, "activity.venue_id");
            var activity = new ActivityRecord
            {
                RequestId = request.RequestId, VenueId = venue.Id, AreaCode = venue.AreaCode, Kind = a.Kind, Date = a.Date.ToDateOnly(), Topic = a.Topic,
                Speaker = a.Speaker, Capacity = a.Capacity, OtherParticipants = a.OtherParticipants,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            return activity;
        }, new(caller.Scope, ActivityType, x => x.AreaCode, x => x.Id), ct);
        return activity.ToProto();
    }

    public async Task<Proto.Activity> GetActivityAsync(long id, CancellationToken ct) =>
        (await db.FindInScopeAsync<ActivityRecord>(id, a => a.AreaCode, caller.Scope, ActivityType, ct)).ToProto();

    public async Task<Proto.ListActivitiesResponse> ListActivitiesAsync(Proto.ListActivitiesRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var activities = await db.Activities.AsNoTracking().Where(a => a.AreaCode.StartsWith(area) && a.Date >= from && a.Date <= to)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"activities:{area}:{from}:{to}"), a => a.Date, a => a.Id, descending: true, ct);
        return new Proto.ListActivitiesResponse { Activities = { activities.Items.Select(a => a.ToProto()) }, NextPageToken = activities.NextPageToken };
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
        return activity.ToProto();
    }
}
