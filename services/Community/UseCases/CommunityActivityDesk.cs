using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts.Community.V1;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>Community activities at the places of the register, and the count of participants not on the ledger.</summary>
public sealed class CommunityActivityDesk(CommunityDbContext db, PlaceDesk places, CurrentCaller caller, TimeProvider clock)
{
    public const string ActivityType = "suite.community.v1.Activity";

    public async Task<Proto.Activity> CreateActivityAsync(Proto.CreateActivityRequest request, CancellationToken ct)
    {
        CommunityActivityValidator.Validate(request, clock.Today());
        var (activity, _) = await db.CreateOnceAsync<CommunityActivityRecord>(a => a.RequestId == request.RequestId, async () =>
        {
            var a = request.Activity;
            var place = await places.FindAsync(a.PlaceId, "activity.place_id", ct);
            // A place of the caller's area is the activity's area; a place serving a wider area (a township's women's
            // home used by one of its villages) leaves the activity in the caller's own area, where she can see it.
            var area = caller.Scope.Covers(place.AreaCode) ? place.AreaCode : caller.Scope.Prefix;
            caller.Scope.RequireWrite(area, "activity.place_id");
            var activity = new CommunityActivityRecord
            {
                RequestId = request.RequestId, PlaceId = place.Id, AreaCode = area, Kind = a.Kind, Date = a.Date.ToDateOnly(), Topic = a.Topic.Trim(),
                Organiser = a.Organiser.Trim(), Capacity = a.Capacity, OtherParticipants = a.OtherParticipants,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            return activity;
        }, new(caller.Scope, ActivityType, x => x.AreaCode, x => x.Id), ct);
        return activity.ToProto();
    }

    public async Task<Proto.Activity> GetActivityAsync(long id, CancellationToken ct) =>
        (await db.FindInScopeAsync<CommunityActivityRecord>(id, a => a.AreaCode, caller.Scope, ActivityType, ct)).ToProto();

    public async Task<Proto.ListActivitiesResponse> ListActivitiesAsync(Proto.ListActivitiesRequest request, CancellationToken ct)
    {
        CommunityActivityValidator.Validate(request);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var area = caller.AreaFor(request.AreaCode);
        var kind = request.Kind;
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.AreaCode.StartsWith(area) && a.Date >= from && a.Date <= to && (kind == ActivityKind.Unspecified || a.Kind == kind))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"community-activities:{area}:{from}:{to}:{(int)kind}"), a => a.Date, a => a.Id, descending: true, ct);
        return new Proto.ListActivitiesResponse { Activities = { activities.Items.Select(a => a.ToProto()) }, NextPageToken = activities.NextPageToken };
    }

    public async Task<Proto.Activity> RecordOtherParticipantsAsync(Proto.RecordOtherParticipantsRequest request, CancellationToken ct)
    {
        CommunityActivityValidator.Validate(request);
        var activity = (await db.FindInScopeAsync<CommunityActivityRecord>(request.ActivityId, a => a.AreaCode, caller.Scope, ActivityType, ct, "activity_id"))
            .RequireEtag(request.Etag, ActivityType, request.ActivityId);
        activity.OtherParticipants = request.Count;
        await db.SaveChangesAsync(ct);
        return activity.ToProto();
    }
}
