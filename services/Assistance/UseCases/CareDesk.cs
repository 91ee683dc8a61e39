using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>One-to-one pairings (爱心妈妈结对帮扶); visits are the Registry's. The woman is looked up in the Registry with the caller's token, so scope and consent hold.</summary>
public sealed class CareDesk(AssistanceDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string PairingType = "suite.assistance.v1.Pairing";

    public async Task<Proto.Pairing> CreatePairingAsync(Proto.CreatePairingRequest request, CancellationToken ct)
    {
        CareValidator.Validate(request);
        var woman = await registry.GetAsync(request.WomanId, ct);
        var existing = await db.Pairings.AsNoTracking().FirstOrDefaultAsync(p => p.WomanId == woman.Id && p.Active, ct);
        if (existing is not null)
        {
            throw new ResourceAlreadyExistsException(PairingType, existing.Id.ToString(CultureInfo.InvariantCulture), $"An active pairing of woman {woman.Id}");
        }
        var pairing = new Pairing
        {
            WomanId = woman.Id, VillageCode = woman.VillageCode, VolunteerName = request.VolunteerName, VolunteerOrganisation = request.VolunteerOrganisation,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync(ct);
        return ToProto(pairing);
    }

    public async Task<Proto.Pairing> EndPairingAsync(long id, CancellationToken ct)
    {
        var pairing = await db.FindInScopeAsync<Pairing>(id, p => p.VillageCode, caller.Scope, PairingType, ct);
        if (!pairing.Active)
        {
            throw new PreconditionFailedException("Pairing {0} has ended already.", id);
        }
        pairing.Active = false;
        await db.SaveChangesAsync(ct);
        return ToProto(pairing);
    }


    private static Proto.Pairing ToProto(Pairing p) => new()
    {
        Id = p.Id, WomanId = p.WomanId, VolunteerName = p.VolunteerName, VolunteerOrganisation = p.VolunteerOrganisation, Active = p.Active,
        CreateTime = p.CreatedAt.ToUtcTimestamp(),
    };
}
