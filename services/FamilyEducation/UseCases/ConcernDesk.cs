using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Events;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.IntegrationEvents;
using Suite.FamilyEducation.Model;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// Guardianship concerns: raised by whoever guides the household, the narrative sealed and shown only with the
/// children permission; a serious one is published (woman, village, kind) for civil affairs.
/// </summary>
public sealed class ConcernDesk(FamilyEducationDbContext db, RegistryWomen registry, CurrentCaller caller, FieldProtector protector, OutboxSignal signal, TimeProvider clock, ReferralFactory referrals)
{
    public const string ConcernType = "suite.familyeducation.v1.Concern";
    private const string NarrativeField = "concern.narrative";

    public async Task<Proto.Concern> RaiseAsync(Proto.RaiseConcernRequest request, CancellationToken ct)
    {
        GuidanceValidator.Validate(request);
        var (concern, created) = await db.CreateOnceAsync<ConcernRecord>(c => c.RequestId == request.RequestId, async () =>
        {
            var woman = await registry.GetAsync(request.WomanId, ct);
            var concern = new ConcernRecord
            {
                RequestId = request.RequestId, WomanId = woman.Id, VillageCode = woman.VillageCode, Kind = request.Kind, Severity = request.Severity,
                NarrativeSealed = protector.Protect(request.Narrative, NarrativeField), RaisedBy = caller.Caller.Subject, RaisedAt = clock.GetUtcNow().UtcDateTime, Version = 1,
            };
            db.Concerns.Add(concern);
            // A serious concern asks civil affairs' children's director to look in: a referral, urgent, in the same
            // transaction; only the woman, her village and the concern's kind (a code) cross over.
            var referral = concern.Severity == Proto.Severity.Serious && !await db.Set<ReferralRecord>().AnyAsync(r => r.Open && r.Sent && r.WomanId == woman.Id
                && r.Target == ResourceNames.Assistance && r.Reason == ReferralReason.GuardianshipConcern, ct)
                ? referrals.Outgoing(ResourceNames.Assistance, woman.Id, woman.VillageCode, ReferralReason.GuardianshipConcern, [ReferralNeed.ChildGuardianship],
                    ReferralUrgency.Urgent, details: [ProtoEnumNames.Of(concern.Kind)])
                : null;
            if (referral is not null)
            {
                db.Add(referral);
            }
            await db.SaveWithEventsAsync(() => [.. concern.Severity == Proto.Severity.Serious ? FamilyEducationEvents.Serious(concern) : [],
                .. referral is null ? [] : ReferralFactory.EventsOf(referral)], signal, clock, ct);
            return concern;
        }, new(caller.Scope, ConcernType, x => x.VillageCode, x => x.Id), ct);
        return Present(concern);
    }

    public async Task<Proto.Concern> GetAsync(long id, CancellationToken ct) =>
        Present(await db.FindInScopeAsync<ConcernRecord>(id, c => c.VillageCode, caller.Scope, ConcernType, ct));

    public async Task<Proto.Concern> CloseAsync(Proto.CloseConcernRequest request, CancellationToken ct)
    {
        GuidanceValidator.Validate(request);
        var concern = (await db.FindInScopeAsync<ConcernRecord>(request.Id, c => c.VillageCode, caller.Scope, ConcernType, ct)).RequireEtag(request.Etag, ConcernType, request.Id);
        if (!concern.Open)
        {
            throw new PreconditionFailedException("Concern {0} is closed already.", concern.Id);
        }
        concern.Open = false;
        concern.Resolution = request.Resolution;
        concern.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Present(concern);
    }

    public async Task<Proto.ListConcernsResponse> ListAsync(Proto.ListConcernsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var open = await db.Concerns.AsNoTracking().Where(c => c.Open && c.VillageCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"concerns:{area}"), c => c.Id, newestFirst: true, ct);
        return new Proto.ListConcernsResponse { Concerns = { open.Items.Select(Present) }, NextPageToken = open.NextPageToken };
    }

    private Proto.Concern Present(ConcernRecord c) => new()
    {
        Id = c.Id, Etag = Id(c.Version), WomanId = c.WomanId, VillageCode = c.VillageCode, Kind = c.Kind, Severity = c.Severity,
        // A minor's situation: the narrative only for the roles that need it.
        Narrative = caller.Has(FamilyEducationPermissions.ChildrenRead) ? protector.Unprotect(c.NarrativeSealed, NarrativeField) : "",
        Open = c.Open, Resolution = c.Resolution, RaisedBy = c.RaisedBy, RaisedAt = c.RaisedAt.ToUtcTimestamp(),
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
