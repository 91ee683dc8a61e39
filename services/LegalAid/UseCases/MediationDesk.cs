using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.Persistence;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>People's mediation of a matter: opened, sessions recorded, closed with or without agreement.</summary>
public sealed class MediationDesk(LegalAidDbContext db, MatterFinder matters, MatterAccess access, CurrentCaller caller, TimeProvider clock)
{
    public const string ResourceType = "suite.legalaid.v1.Mediation";

    public async Task<Proto.Mediation> OpenAsync(Proto.OpenMediationRequest request, CancellationToken ct)
    {
        MediationValidator.Validate(request);
        var (mediation, created) = await db.CreateOnceAsync<MediationCase>(m => m.RequestId == request.RequestId, async () =>
        {
            var matter = await matters.FindAsync(request.MatterId, ct, "matter_id");
            access.RequireDetails(matter);
            if (!MatterWorkflow.IsOpen(matter.Status))
            {
                throw new PreconditionFailedException("Matter {0} is {1}: a closed matter is not mediated.", matter.Id, ProtoEnumNames.Of(matter.Status));
            }
            var mediation = new MediationCase
            {
                RequestId = request.RequestId, MatterId = matter.Id, AreaCode = matter.AreaCode, Committee = request.Committee,
                Mediator = request.Mediator, OpenedAt = clock.GetUtcNow().UtcDateTime, Version = 1,
            };
            db.Mediations.Add(mediation);
            await db.SaveChangesAsync(ct);
            return mediation;
        }, new(caller.Scope, ResourceType, x => x.AreaCode, x => x.Id), ct);
        return ToProto(mediation);
    }

    public async Task<Proto.Mediation> GetAsync(long id, CancellationToken ct) => ToProto(await FindAsync(id, ct));

    public async Task<Proto.Mediation> RecordSessionAsync(Proto.RecordMediationSessionRequest request, CancellationToken ct)
    {
        MediationValidator.Validate(request, clock.Today());
        var mediation = await FindOpenAsync(request.Id, request.Etag, ct);
        mediation.Sessions.Add(new MediationSessionRecord { Date = request.Session.Date.ToDateOnly(), Note = request.Session.Note });
        await db.SaveChangesAsync(ct);
        return ToProto(mediation);
    }

    public async Task<Proto.Mediation> CloseAsync(Proto.CloseMediationRequest request, CancellationToken ct)
    {
        MediationValidator.Validate(request, clock.Today());
        var mediation = await FindOpenAsync(request.Id, request.Etag, ct);
        if (mediation.Sessions.Count == 0)
        {
            throw new PreconditionFailedException("Mediation {0} has no session yet: record one before closing it.", mediation.Id);
        }
        mediation.Agreement = request.Agreement;
        mediation.FollowUpDate = request.FollowUpDate.ToDateOnly();
        mediation.NextStep = request.NextStep;
        mediation.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ToProto(mediation);
    }

    private Task<MediationCase> FindAsync(long id, CancellationToken ct) =>
        db.FindInScopeAsync<MediationCase>(id, m => m.AreaCode, caller.Scope, ResourceType, ct);

    private async Task<MediationCase> FindOpenAsync(long id, string etag, CancellationToken ct)
    {
        var mediation = (await FindAsync(id, ct)).RequireEtag(etag, ResourceType, id);
        if (mediation.ClosedAt is not null)
        {
            throw new PreconditionFailedException("Mediation {0} is closed.", mediation.Id);
        }
        return mediation;
    }

    private static Proto.Mediation ToProto(MediationCase m) => new()
    {
        Id = m.Id,
        Etag = Id(m.Version),
        MatterId = m.MatterId,
        AreaCode = m.AreaCode,
        Committee = m.Committee,
        Mediator = m.Mediator,
        Sessions = { m.Sessions.Select(s => new Proto.MediationSession { Date = Date.From(s.Date), Note = s.Note }) },
        Agreement = m.Agreement,
        FollowUpDate = Date.From(m.FollowUpDate),
        NextStep = m.NextStep,
        OpenedAt = m.OpenedAt.ToUtcTimestamp(),
        ClosedAt = m.ClosedAt?.ToUtcTimestamp(),
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
