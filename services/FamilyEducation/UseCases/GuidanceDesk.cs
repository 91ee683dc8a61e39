using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>One-to-one guidance: a guide paired with a household, sessions, and the overdue list.</summary>
public sealed class GuidanceDesk(FamilyEducationDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string PairingType = "suite.familyeducation.v1.GuidancePairing";

    public async Task<Proto.GuidancePairing> CreatePairingAsync(Proto.CreatePairingRequest request, CancellationToken ct)
    {
        GuidanceValidator.Validate(request, clock.Today());
        var (pairing, created) = await db.CreateOnceAsync<PairingRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var woman = await registry.GetAsync(request.WomanId, ct);
            var pairing = new PairingRecord
            {
                RequestId = request.RequestId, WomanId = woman.Id, VillageCode = woman.VillageCode, GuideName = request.GuideName, GuideKind = request.GuideKind,
                Organisation = request.Organisation, NextSessionDate = request.FirstSessionDate.ToDateOnly(), Version = 1,
            };
            db.Pairings.Add(pairing);
            await db.SaveChangesAsync(ct);
            return pairing;
        }, new(caller.Scope, PairingType, x => x.VillageCode, x => x.Id), ct);
        return await PresentAsync(pairing, ct);
    }

    public async Task<Proto.GuidancePairing> GetPairingAsync(long id, CancellationToken ct) =>
        await PresentAsync(await db.FindInScopeAsync<PairingRecord>(id, p => p.VillageCode, caller.Scope, PairingType, ct), ct);

    public async Task<Proto.GuidancePairing> RecordSessionAsync(Proto.RecordSessionRequest request, CancellationToken ct)
    {
        GuidanceValidator.Validate(request, clock.Today());
        var pairing = (await db.FindInScopeAsync<PairingRecord>(request.PairingId, p => p.VillageCode, caller.Scope, PairingType, ct, "pairing_id"))
            .RequireEtag(request.Etag, PairingType, request.PairingId);
        var s = request.Session;
        db.Sessions.Add(new SessionRecord
        {
            PairingId = pairing.Id, WomanId = pairing.WomanId, VillageCode = pairing.VillageCode, Date = s.Date.ToDateOnly(), Form = s.Form, Topics = [.. s.Topics.Distinct()], Note = s.Note,
        });
        pairing.NextSessionDate = request.NextSessionDate.ToDateOnly();
        await db.SaveChangesAsync(ct);
        return await PresentAsync(pairing, ct);
    }

    public async Task<Proto.ListPairingsResponse> ListOverdueAsync(Proto.ListOverdueGuidanceRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var today = clock.Today();
        var overdue = await db.Pairings.AsNoTracking().Where(p => p.VillageCode.StartsWith(area) && p.NextSessionDate < today)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"overdue-guidance:{area}:{today}"), p => p.NextSessionDate, p => p.Id, descending: false, ct);
        var response = new Proto.ListPairingsResponse { NextPageToken = overdue.NextPageToken };
        foreach (var pairing in overdue.Items)
        {
            response.Pairings.Add(await PresentAsync(pairing, ct));
        }
        return response;
    }

    private async Task<Proto.GuidancePairing> PresentAsync(PairingRecord p, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PairingId == p.Id).OrderBy(s => s.Date).ThenBy(s => s.Id).ToListAsync(ct);
        return new Proto.GuidancePairing
        {
            Id = p.Id, Etag = p.Version.ToString(CultureInfo.InvariantCulture), WomanId = p.WomanId, VillageCode = p.VillageCode, GuideName = p.GuideName,
            GuideKind = p.GuideKind, Organisation = p.Organisation, NextSessionDate = Date.From(p.NextSessionDate),
            Sessions = { sessions.Select(s => new Proto.GuidanceSession { Date = Date.From(s.Date), Form = s.Form, Topics = { s.Topics }, Note = s.Note }) },
        };
    }
}
