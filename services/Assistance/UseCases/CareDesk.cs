using Suite.RegistryClient;
using Suite.Contracts.Common;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Model;
using Suite.ServiceDefaults.Errors;
using Suite.Persistence;
using Suite.Security;
using Suite.Domain;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>Care visits and one-to-one pairings. The woman is looked up in the Registry with the caller's token, so scope and consent hold.</summary>
public sealed class CareDesk(AssistanceDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string PairingType = "suite.assistance.v1.Pairing";

    public async Task<Proto.Visit> RecordVisitAsync(Proto.Visit? visit, CancellationToken ct)
    {
        CareValidator.Validate(visit, clock.Today());
        var woman = await registry.GetAsync(visit!.WomanId, ct);
        if (visit.PairingId != 0)
        {
            var pairing = await db.Pairings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == visit.PairingId && p.WomanId == woman.Id, ct)
                ?? throw ValidationFailedException.For("visit.pairing_id", "is not a pairing of this woman");
            if (!pairing.Active)
            {
                throw new PreconditionFailedException("Pairing {0} has ended: a visit is recorded under a pairing that goes on.", visit.PairingId);
            }
        }
        var entity = new CareVisit
        {
            WomanId = woman.Id, VillageCode = woman.VillageCode, PairingId = visit.PairingId == 0 ? null : visit.PairingId, Visitor = visit.Visitor,
            Date = visit.Date!.ToDateOnly(), Method = visit.Method, Notes = visit.Notes, NextVisitDate = visit.NextVisitDate?.ToDateOnly(), RecordedBy = caller.Caller.Subject,
        };
        db.Visits.Add(entity);
        await db.SaveChangesAsync(ct);
        return ToProto(entity);
    }

    public async Task<Proto.ListVisitsResponse> ListVisitsAsync(Proto.ListVisitsRequest request, CancellationToken ct)
    {
        if (request.WomanId <= 0)
        {
            throw ValidationFailedException.For("woman_id", "is required");
        }
        var page = PageRequest.Of(request.PageSize, request.PageToken, $"visits:{request.WomanId}");
        var scope = caller.Scope.Prefix;
        var visits = await db.Visits.AsNoTracking().Where(v => v.WomanId == request.WomanId && v.VillageCode.StartsWith(scope)).PageAsync(page, v => v.Id, newestFirst: true, ct);
        return new Proto.ListVisitsResponse { Visits = { visits.Items.Select(ToProto) }, NextPageToken = visits.NextPageToken };
    }

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
        if (id <= 0)
        {
            throw ValidationFailedException.For("id", "is required");
        }
        var pairing = await db.Pairings.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new ResourceNotFoundException(PairingType, id.ToString(CultureInfo.InvariantCulture));
        caller.Scope.RequireVisible(pairing.VillageCode, PairingType, id.ToString(CultureInfo.InvariantCulture));
        if (!pairing.Active)
        {
            throw new PreconditionFailedException($"Pairing {id} has ended already.");
        }
        pairing.Active = false;
        await db.SaveChangesAsync(ct);
        return ToProto(pairing);
    }

    private static Proto.Visit ToProto(CareVisit v) => new()
    {
        Id = v.Id, WomanId = v.WomanId, PairingId = v.PairingId ?? 0, Visitor = v.Visitor, Date = Date.From(v.Date), Method = v.Method,
        Notes = v.Notes, NextVisitDate = Date.From(v.NextVisitDate), RecordedBy = v.RecordedBy,
    };

    private static Proto.Pairing ToProto(Pairing p) => new()
    {
        Id = p.Id, WomanId = p.WomanId, VolunteerName = p.VolunteerName, VolunteerOrganisation = p.VolunteerOrganisation, Active = p.Active,
        CreateTime = p.CreatedAt.ToUtcTimestamp(),
    };
}
