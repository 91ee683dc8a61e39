using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Community.V1;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.UseCases;
using Suite.Hosting;

namespace Suite.FamilyEducation.IntegrationEvents;

/// <summary>
/// Moves the venues recorded before Community's register into it: each venue without a place is recorded there as the
/// service (<c>familyeducation-worker</c>) with request id <c>familyeducation-venue-{id}</c>, so a pass that stopped
/// between Community's answer and the save asks again and gets the same place; then the venue keeps the place's id.
/// Activities keep naming the venue: nothing else is rewritten. Community away: the pass stops, nothing is lost, the
/// next pass (every <c>VenueTransfer:EverySeconds</c>, 60 by default) goes on. A venue Community refuses stays as it
/// is and is logged as an error each pass until an operator sees to it.
/// </summary>
public sealed class VenueTransfer(IServiceScopeFactory scopes, IConfiguration configuration, BackgroundLoopHealth health, ILogger<VenueTransfer> logger)
    : BackgroundLoop(health, logger)
{
    private const int Batch = 100;

    public override string Name => "venue transfer to Community's register";

    private TimeSpan Every => TimeSpan.FromSeconds(configuration.GetValue("VenueTransfer:EverySeconds", 60));

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await TransferAsync(stoppingToken);
        await Task.Delay(Every, stoppingToken);
    }

    /// <summary>One pass over the venues without a place; returns how many were moved and how many are left.</summary>
    public async Task<(int Moved, int Left)> TransferAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FamilyEducationDbContext>();
        var places = scope.ServiceProvider.GetRequiredService<CommunityPlaces>();
        var moved = 0;
        long after = 0;
        while (await db.Venues.Where(v => v.PlaceId == null && v.Id > after).OrderBy(v => v.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } venues)
        {
            foreach (var venue in venues)
            {
                after = venue.Id;
                Place place;
                try
                {
                    place = await places.CreateAsServiceAsync(new CreatePlaceRequest
                    {
                        RequestId = CommunityPlaces.PlaceRequestOf(venue.Id),
                        Place = new Place { Name = venue.Name, Kind = CommunityPlaces.PlaceKindOf(venue.Kind), AreaCode = venue.AreaCode, Keeper = venue.Keeper },
                    }, ct);
                }
                catch (RpcException ex) when (CommunityPlaces.IsAway(ex))
                {
                    var waiting = await LeftAsync(db, ct);
                    logger.LogWarning("Venue transfer paused: Community cannot be reached ({Status}); {Moved} venues moved in this pass, {Left} wait for the next pass in {Delay}",
                        ex.StatusCode, moved, waiting, Every);
                    return (moved, waiting);
                }
                catch (RpcException ex)
                {
                    logger.LogError("Venue transfer: Community refused venue {VenueId} ({Status}: {Detail}); it stays without a place and is tried again on the next pass",
                        venue.Id, ex.StatusCode, ex.Status.Detail);
                    continue;
                }
                venue.PlaceId = place.Id;
                VenueCopy.Refresh(venue, place);
                await db.SaveChangesAsync(ct);
                moved++;
                logger.LogInformation("Venue transfer: venue {VenueId} (area {AreaCode}) is place {PlaceId} of Community's register", venue.Id, venue.AreaCode, place.Id);
            }
            db.ChangeTracker.Clear();
        }
        var left = await LeftAsync(db, ct);
        if (moved > 0 || left > 0)
        {
            logger.LogInformation("Venue transfer: {Moved} venues moved into Community's register in this pass; {Left} left without a place", moved, left);
        }
        return (moved, left);
    }

    private static Task<int> LeftAsync(FamilyEducationDbContext db, CancellationToken ct) => db.Venues.CountAsync(v => v.PlaceId == null, ct);
}
