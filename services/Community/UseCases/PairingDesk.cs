using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>执委手拉手: federation executive members paired with women, their contacts (the day and the form, no notes), and the end of a pairing.</summary>
public sealed class PairingDesk(CommunityDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string PairingType = "suite.community.v1.ExecutivePairing";
    public const string WomanType = "suite.registry.v1.Woman";

    public async Task<Proto.ExecutivePairing> CreateAsync(Proto.CreateExecutivePairingRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request, clock.Today());
        var (pairing, _) = await db.CreateOnceAsync<ExecutivePairingRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var woman = await registry.GetAsync(request.WomanId, ct);
            caller.Scope.RequireVisible(woman.VillageCode, WomanType, woman.Id.ToString(CultureInfo.InvariantCulture));
            if (await db.ExecutivePairings.AsNoTracking().FirstOrDefaultAsync(p => p.WomanId == woman.Id && p.EndDate == null, ct) is { } running)
            {
                throw new ResourceAlreadyExistsException(PairingType, running.Id.ToString(CultureInfo.InvariantCulture), $"A running executive pairing of woman {woman.Id}");
            }
            var pairing = new ExecutivePairingRecord
            {
                RequestId = request.RequestId, ExecutiveName = request.ExecutiveName.Trim(), ExecutivePosition = request.ExecutivePosition.Trim(), WomanId = woman.Id,
                VillageCode = woman.VillageCode, StartDate = request.StartDate.ToDateOnly(), Version = 1,
            };
            db.ExecutivePairings.Add(pairing);
            await db.SaveChangesAsync(ct);
            return pairing;
        }, new(caller.Scope, PairingType, x => x.VillageCode, x => x.Id), ct);
        return await PresentAsync(pairing, ct);
    }

    public async Task<Proto.ExecutivePairing> RecordContactAsync(Proto.RecordPairingContactRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request, clock.Today());
        var date = request.Date.ToDateOnly();
        var (contact, _) = await db.CreateOnceAsync<PairingContactRecord>(c => c.RequestId == request.RequestId, async () =>
        {
            var pairing = await db.FindInScopeAsync<ExecutivePairingRecord>(request.PairingId, p => p.VillageCode, caller.Scope, PairingType, ct, "pairing_id");
            if (pairing.EndDate is { } ended)
            {
                throw new PreconditionFailedException("Executive pairing {0} ended on {1:yyyy-MM-dd}.", pairing.Id, ended);
            }
            if (date < pairing.StartDate)
            {
                throw ValidationFailedException.For("date", "must not be before the pairing began");
            }
            var contact = new PairingContactRecord { RequestId = request.RequestId, PairingId = pairing.Id, VillageCode = pairing.VillageCode, Date = date, Form = request.Form };
            db.PairingContacts.Add(contact);
            await db.SaveChangesAsync(ct);
            return contact;
        }, new(caller.Scope, PairingType, c => c.VillageCode, c => c.PairingId), ct);
        return await PresentAsync(await db.ExecutivePairings.AsNoTracking().FirstAsync(p => p.Id == contact.PairingId, ct), ct);
    }

    public async Task<Proto.ListExecutivePairingsResponse> ListAsync(Proto.ListExecutivePairingsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var ended = request.IncludeEnded;
        var pairings = await db.ExecutivePairings.AsNoTracking().Where(p => p.VillageCode.StartsWith(area) && (ended || p.EndDate == null))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"executive-pairings:{area}:{ended}"), p => p.VillageCode, p => p.Id, descending: false, ct);
        var ids = pairings.Items.Select(p => p.Id).ToList();
        var contacts = await db.PairingContacts.AsNoTracking().Where(c => ids.Contains(c.PairingId))
            .GroupBy(c => c.PairingId).Select(g => new { PairingId = g.Key, Count = g.Count(), Last = g.Max(c => c.Date) })
            .ToDictionaryAsync(g => g.PairingId, ct);
        return new Proto.ListExecutivePairingsResponse
        {
            Pairings = { pairings.Items.Select(p => contacts.TryGetValue(p.Id, out var c) ? p.ToProto(c.Count, c.Last) : p.ToProto(0, null)) },
            NextPageToken = pairings.NextPageToken,
        };
    }

    public async Task<Proto.ExecutivePairing> EndAsync(Proto.EndExecutivePairingRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request);
        var pairing = (await db.FindInScopeAsync<ExecutivePairingRecord>(request.Id, p => p.VillageCode, caller.Scope, PairingType, ct))
            .RequireEtag(request.Etag, PairingType, request.Id);
        if (pairing.EndDate is { } ended)
        {
            throw new PreconditionFailedException("Executive pairing {0} ended on {1:yyyy-MM-dd}.", pairing.Id, ended);
        }
        pairing.EndDate = clock.Today();
        await db.SaveChangesAsync(ct);
        return await PresentAsync(pairing, ct);
    }

    private async Task<Proto.ExecutivePairing> PresentAsync(ExecutivePairingRecord pairing, CancellationToken ct)
    {
        var contacts = db.PairingContacts.AsNoTracking().Where(c => c.PairingId == pairing.Id);
        var count = await contacts.CountAsync(ct);
        var last = count == 0 ? (DateOnly?)null : await contacts.MaxAsync(c => c.Date, ct);
        return pairing.ToProto(count, last);
    }
}

public static class PairingMapping
{
    public static Proto.ExecutivePairing ToProto(this ExecutivePairingRecord p, int contacts, DateOnly? lastContact) => new()
    {
        Id = p.Id, ExecutiveName = p.ExecutiveName, ExecutivePosition = p.ExecutivePosition, WomanId = p.WomanId, VillageCode = p.VillageCode,
        StartDate = Date.From(p.StartDate), EndDate = p.EndDate is { } end ? Date.From(end) : null,
        LastContactDate = lastContact is { } last ? Date.From(last) : null, ContactCount = contacts, Etag = p.Version.ToString(CultureInfo.InvariantCulture),
    };
}
