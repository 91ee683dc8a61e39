using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.IntegrationEvents;
using Suite.Community.Model;
using Suite.Contracts.Community.V1;
using Suite.Events;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The register of places: recorded, read and kept current; every record and change is published (PlaceChanged).</summary>
public sealed class PlaceDesk(CommunityDbContext db, CurrentCaller caller, OutboxSignal signal, TimeProvider clock)
{
    public const string PlaceType = "suite.community.v1.Place";

    public async Task<Proto.Place> CreatePlaceAsync(Proto.CreatePlaceRequest request, CancellationToken ct)
    {
        PlaceValidator.Validate(request);
        caller.Scope.RequireWrite(request.Place.AreaCode, "place.area_code");
        var (place, _) = await db.CreateOnceAsync<PlaceRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var p = request.Place;
            var place = new PlaceRecord
            {
                RequestId = request.RequestId, Name = p.Name.Trim(), Kind = p.Kind, AreaCode = p.AreaCode, Keeper = p.Keeper.Trim(), Phone = p.Phone.Trim(),
                OpeningHours = p.OpeningHours.Trim(), Host = p.Host.Trim(),
            };
            db.Places.Add(place);
            await db.SaveWithEventsAsync(() => CommunityEvents.Changed(place), signal, clock, ct);
            return place;
        }, new(caller.Scope, PlaceType, x => x.AreaCode, x => x.Id), ct);
        return place.ToProto();
    }

    public async Task<Proto.Place> GetPlaceAsync(long id, CancellationToken ct) =>
        (await FindAsync(id, "id", ct)).ToProto();

    /// <summary>A place the caller may see (of their area or one above it: a county's place serves its townships), else NOT_FOUND.</summary>
    public Task<PlaceRecord> FindAsync(long id, string field, CancellationToken ct) =>
        db.FindInScopeOrAboveAsync<PlaceRecord>(id, p => p.AreaCode, caller.Scope, PlaceType, ct, field);

    public async Task<Proto.ListPlacesResponse> ListPlacesAsync(Proto.ListPlacesRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var kind = request.Kind;
        var places = await db.Places.AsNoTracking().Where(p => p.AreaCode.StartsWith(area) && (kind == PlaceKind.Unspecified || p.Kind == kind))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"places:{area}:{(int)kind}"), p => p.AreaCode, p => p.Id, descending: false, ct);
        return new Proto.ListPlacesResponse { Places = { places.Items.Select(p => p.ToProto()) }, NextPageToken = places.NextPageToken };
    }

    public async Task<Proto.Place> UpdatePlaceAsync(Proto.UpdatePlaceRequest request, CancellationToken ct)
    {
        PlaceValidator.Validate(request);
        var place = (await db.FindInScopeAsync<PlaceRecord>(request.Id, p => p.AreaCode, caller.Scope, PlaceType, ct)).RequireEtag(request.Etag, PlaceType, request.Id);
        caller.Scope.RequireWrite(place.AreaCode, "id");
        place.Keeper = request.Keeper.Trim();
        place.Phone = request.Phone.Trim();
        place.OpeningHours = request.OpeningHours.Trim();
        place.Active = request.Active;
        await db.SaveWithEventsAsync(() => CommunityEvents.Changed(place), signal, clock, ct);
        return place.ToProto();
    }
}
