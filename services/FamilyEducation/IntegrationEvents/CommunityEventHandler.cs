using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Community.V1;
using Suite.Events;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.UseCases;

namespace Suite.FamilyEducation.IntegrationEvents;

/// <summary>
/// Keeps Family education's venues current with Community's register: a PlaceChanged naming a place it holds a copy of
/// is answered by reading the place again as the service (name, keeper, whether it is in use); places it does not use
/// are ignored. The places are read before the batch's transaction (no write lock held over a call to Community); the
/// state read is the place's current one, so an event applied late or twice changes nothing it should not. Community
/// away: the batch fails and is delivered again.
/// </summary>
public sealed class CommunityEventHandler(FamilyEducationDbContext db, CommunityPlaces places, TimeProvider clock) : IStreamEventHandler
{
    public async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var changed = events.Where(e => e.Type == PlaceChanged.Descriptor.FullName).Select(e => PlaceChanged.Parser.ParseFrom(e.Data)).ToList();
        var ids = changed.Select(c => c.PlaceId).Distinct().ToList();
        List<long> held = ids.Count == 0 ? [] : await db.Venues.AsNoTracking().Where(v => v.PlaceId != null && ids.Contains(v.PlaceId.Value)).Select(v => v.PlaceId!.Value).ToListAsync(ct);
        var current = new Dictionary<long, Place?>();
        foreach (var id in held)
        {
            current[id] = await places.GetAsServiceAsync(id, ct);
        }
        await db.ApplyOnceAsync(events, async _ =>
        {
            var venues = await db.Venues.Where(v => v.PlaceId != null && held.Contains(v.PlaceId.Value)).ToListAsync(ct);
            foreach (var venue in venues)
            {
                if (current[venue.PlaceId!.Value] is { } place)
                {
                    VenueCopy.Refresh(venue, place);
                }
                else
                {
                    // Not (or no longer) in the register as the service sees it: what the event says.
                    venue.Active = changed.Last(c => c.PlaceId == venue.PlaceId).Active;
                }
            }
        }, clock.GetUtcNow().UtcDateTime, ct);
    }
}
