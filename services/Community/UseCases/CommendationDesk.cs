using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts.Community.V1;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// A commendation round as a workflow: a county opens it, a village's staff nominate women (families) of their own
/// village, the township reviews, the public notice runs for the round's days with objections recorded and resolved,
/// and the county decides after the notice. Periods are China dates (clock.Today()).
/// </summary>
public sealed class CommendationDesk(CommunityDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string RoundType = "suite.community.v1.Round";
    public const string NominationType = "suite.community.v1.Nomination";
    public const string ObjectionType = "suite.community.v1.Objection";

    public async Task<Proto.Round> CreateRoundAsync(Proto.CreateRoundRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        CommendationValidator.Validate(request, today);
        caller.Scope.RequireWrite(request.Round.AreaCode, "round.area_code");
        var (round, _) = await db.CreateOnceAsync<CommendationRoundRecord>(r => r.RequestId == request.RequestId, async () =>
        {
            var r = request.Round;
            var round = new CommendationRoundRecord
            {
                RequestId = request.RequestId, Title = r.Title.Trim(), Kind = r.Kind, AreaCode = r.AreaCode, NominationDeadline = r.NominationDeadline.ToDateOnly(),
                NoticeDays = r.NoticeDays, CreatedOn = today, CreatedBy = caller.Caller.Display,
            };
            db.CommendationRounds.Add(round);
            await db.SaveChangesAsync(ct);
            return round;
        }, new(caller.Scope, RoundType, x => x.AreaCode, x => x.Id), ct);
        return await PresentAsync(round, ct);
    }

    public async Task<Proto.Round> GetRoundAsync(long id, CancellationToken ct) => await PresentAsync(await FindRoundAsync(id, "id", ct), ct);

    public async Task<Proto.ListRoundsResponse> ListRoundsAsync(Proto.ListRoundsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        // A round is a county's: a township or village sees its county's rounds, a province or city those of its counties.
        var county = area.Length >= AreaCode.CountyLength ? area[..AreaCode.CountyLength] : null;
        var query = db.CommendationRounds.AsNoTracking().Where(r => county != null ? r.AreaCode == county : r.AreaCode.StartsWith(area));
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"rounds:{area}"), r => r.Id, newestFirst: true, ct);
        return new Proto.ListRoundsResponse { Rounds = { page.Items.Select(r => r.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    /// <summary>
    /// Only a village's staff nominate, and only a woman of their own village: the Registry (read with the caller's
    /// token) hides a woman of another village, so "not found" and "of another village" are one answer, INVALID_ARGUMENT
    /// naming woman_id, which reveals nothing about women elsewhere.
    /// </summary>
    public async Task<Proto.Nomination> NominateAsync(Proto.NominateRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request);
        var village = caller.Scope.Prefix;
        if (village.Length != AreaCode.VillageLength)
        {
            throw new AccessDeniedException("Only a village's staff nominate: your area {0} is not a village.", village.Length == 0 ? "(nationwide)" : village);
        }
        var (nomination, _) = await db.CreateOnceAsync<NominationRecord>(n => n.RequestId == request.RequestId, async () =>
        {
            var round = await FindRoundAsync(request.RoundId, "round_id", ct);
            var today = clock.Today();
            if (today > round.NominationDeadline)
            {
                throw new PreconditionFailedException("Nominations for round {0} closed on {1}.", round.Id, Iso(round.NominationDeadline));
            }
            var woman = await WomanOfVillageAsync(request.WomanId, village, ct);
            await RequireNotNominatedAsync(request.RoundId, request.WomanId, ct);
            var nomination = new NominationRecord
            {
                RequestId = request.RequestId, RoundId = round.Id, WomanId = woman.Id, VillageCode = woman.VillageCode, Reason = request.Reason.Trim(),
                Status = NominationStatus.Nominated, NominatedBy = caller.Caller.Display, NominatedOn = today, Version = 1,
            };
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync(ct);
            return nomination;
        }, new(caller.Scope, NominationType, x => x.VillageCode, x => x.Id), ct,
            onLostRace: () => RequireNotNominatedAsync(request.RoundId, request.WomanId, ct));
        return await PresentAsync(nomination, objections: false, ct);
    }

    public async Task<Proto.Nomination> GetNominationAsync(long id, CancellationToken ct) =>
        await PresentAsync(await db.FindInScopeAsync<NominationRecord>(id, n => n.VillageCode, caller.Scope, NominationType, ct), objections: true, ct);

    public async Task<Proto.ListNominationsResponse> ListNominationsAsync(Proto.ListNominationsRequest request, CancellationToken ct)
    {
        if (!Enum.IsDefined(request.Status))
        {
            throw ValidationFailedException.For("status", "is not a known value");
        }
        var round = await FindRoundAsync(request.RoundId, "round_id", ct);
        var area = caller.AreaFor(request.AreaCode);
        var status = request.Status;
        var page = await db.Nominations.AsNoTracking()
            .Where(n => n.RoundId == round.Id && n.VillageCode.StartsWith(area) && (status == NominationStatus.Unspecified || n.Status == status))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"nominations:{round.Id}:{area}:{(int)status}"), n => n.VillageCode, n => n.Id, descending: false, ct);
        var ids = page.Items.Select(n => n.Id).ToList();
        var open = await OpenObjectionsAsync(ids, ct);
        return new Proto.ListNominationsResponse
        {
            Nominations = { page.Items.Select(n => n.ToProto(open.GetValueOrDefault(n.Id))) }, NextPageToken = page.NextPageToken,
        };
    }

    public async Task<Proto.Nomination> ReviewAsync(Proto.ReviewNominationRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request);
        var nomination = (await db.FindInScopeAsync<NominationRecord>(request.Id, n => n.VillageCode, caller.Scope, NominationType, ct))
            .RequireEtag(request.Etag, NominationType, request.Id);
        if (nomination.Status != NominationStatus.Nominated)
        {
            throw new PreconditionFailedException("Nomination {0} has been reviewed already.", nomination.Id);
        }
        nomination.Status = request.Recommend ? NominationStatus.Recommended : NominationStatus.Rejected;
        nomination.ReviewReason = request.Reason.Trim();
        nomination.ReviewedOn = clock.Today();
        await db.SaveChangesAsync(ct);
        return await PresentAsync(nomination, objections: false, ct);
    }

    /// <summary>Every recommended nomination of the area goes on notice together, from the day given for the round's notice days.</summary>
    public async Task<Proto.PostNoticeResponse> PostNoticeAsync(Proto.PostNoticeRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request, clock.Today());
        var round = await FindRoundAsync(request.RoundId, "round_id", ct);
        caller.Scope.RequireWrite(request.AreaCode, "area_code");
        if (!request.AreaCode.StartsWith(round.AreaCode, StringComparison.Ordinal))
        {
            throw ValidationFailedException.For("area_code", "must lie in the round's county");
        }
        var area = request.AreaCode;
        var recommended = await db.Nominations
            .Where(n => n.RoundId == round.Id && n.VillageCode.StartsWith(area) && n.Status == NominationStatus.Recommended)
            .OrderBy(n => n.VillageCode).ThenBy(n => n.Id).ToListAsync(ct);
        if (recommended.Count == 0)
        {
            throw new PreconditionFailedException("No recommended nomination of {0} awaits a notice in round {1}.", area, round.Id);
        }
        var from = request.NoticeFrom.ToDateOnly();
        var until = from.AddDays(round.NoticeDays - 1);
        foreach (var n in recommended)
        {
            n.Status = NominationStatus.InNotice;
            n.NoticeFrom = from;
            n.NoticeUntil = until;
        }
        await db.SaveChangesAsync(ct);
        return new Proto.PostNoticeResponse
        {
            Nominations = { recommended.Select(n => n.ToProto(0)) }, NoticeFrom = Suite.Contracts.Common.V1.Date.From(from),
            NoticeUntil = Suite.Contracts.Common.V1.Date.From(until),
        };
    }

    public async Task<Proto.Objection> RecordObjectionAsync(Proto.RecordObjectionRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request);
        var (objection, _) = await db.CreateOnceAsync<ObjectionRecord>(o => o.RequestId == request.RequestId, async () =>
        {
            var nomination = await db.FindInScopeAsync<NominationRecord>(request.NominationId, n => n.VillageCode, caller.Scope, NominationType, ct, "nomination_id");
            var today = clock.Today();
            if (nomination.Status != NominationStatus.InNotice || today < nomination.NoticeFrom || today > nomination.NoticeUntil)
            {
                throw new PreconditionFailedException("Nomination {0} is not in its public notice.", nomination.Id);
            }
            var objection = new ObjectionRecord
            {
                RequestId = request.RequestId, NominationId = nomination.Id, VillageCode = nomination.VillageCode, Text = request.Text.Trim(),
                RaisedBy = request.RaisedBy.Trim(), RecordedOn = today, Status = ObjectionStatus.Open, Version = 1,
            };
            db.Objections.Add(objection);
            await db.SaveChangesAsync(ct);
            return objection;
        }, new(caller.Scope, ObjectionType, x => x.VillageCode, x => x.Id), ct);
        return objection.ToProto();
    }

    /// <summary>Upheld: the nomination is withdrawn (in the same save); dismissed: it stands.</summary>
    public async Task<Proto.Objection> ResolveObjectionAsync(Proto.ResolveObjectionRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request);
        var objection = (await db.FindInScopeAsync<ObjectionRecord>(request.Id, o => o.VillageCode, caller.Scope, ObjectionType, ct))
            .RequireEtag(request.Etag, ObjectionType, request.Id);
        if (objection.Status != ObjectionStatus.Open)
        {
            throw new PreconditionFailedException("Objection {0} has been resolved already.", objection.Id);
        }
        objection.Status = request.Upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        objection.Resolution = request.Resolution.Trim();
        objection.ResolvedOn = clock.Today();
        if (request.Upheld)
        {
            var nomination = await db.Nominations.FirstAsync(n => n.Id == objection.NominationId, ct);
            if (nomination.Status == NominationStatus.InNotice)
            {
                nomination.Status = NominationStatus.Withdrawn;
                nomination.DecisionNote = objection.Resolution;
                nomination.DecidedOn = objection.ResolvedOn;
            }
        }
        await db.SaveChangesAsync(ct);
        return objection.ToProto();
    }

    /// <summary>Only after the notice has ended (the day after its last day) and with every objection resolved.</summary>
    public async Task<Proto.Nomination> DecideAsync(Proto.DecideNominationRequest request, CancellationToken ct)
    {
        CommendationValidator.Validate(request);
        var nomination = (await db.FindInScopeAsync<NominationRecord>(request.Id, n => n.VillageCode, caller.Scope, NominationType, ct))
            .RequireEtag(request.Etag, NominationType, request.Id);
        if (nomination.Status != NominationStatus.InNotice)
        {
            throw new PreconditionFailedException("Nomination {0} has not been on public notice: it cannot be decided.", nomination.Id);
        }
        var today = clock.Today();
        if (today <= nomination.NoticeUntil)
        {
            throw new PreconditionFailedException("The public notice of nomination {0} runs until {1}: it can be decided from the day after.", nomination.Id,
                Iso(nomination.NoticeUntil!.Value));
        }
        var open = await db.Objections.CountAsync(o => o.NominationId == nomination.Id && o.Status == ObjectionStatus.Open, ct);
        if (open > 0)
        {
            throw new PreconditionFailedException("Nomination {0} has {1} unresolved objections: resolve them first.", nomination.Id, open);
        }
        nomination.Status = request.Award ? NominationStatus.Awarded : NominationStatus.NotAwarded;
        nomination.DecisionNote = request.Note.Trim();
        nomination.DecidedOn = today;
        nomination.AwardedOn = request.Award ? today : null;
        await db.SaveChangesAsync(ct);
        return await PresentAsync(nomination, objections: false, ct);
    }

    /// <summary>A round the caller may see: of her county (or a county inside her area), else NOT_FOUND.</summary>
    private Task<CommendationRoundRecord> FindRoundAsync(long id, string field, CancellationToken ct) =>
        db.FindInScopeOrAboveAsync<CommendationRoundRecord>(id, r => r.AreaCode, caller.Scope, RoundType, ct, field);

    /// <summary>ALREADY_EXISTS when she (her family) is nominated in the round already, by any village; its id only for a caller who may see it.</summary>
    private async Task RequireNotNominatedAsync(long roundId, long womanId, CancellationToken ct)
    {
        var existing = await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId && n.WomanId == womanId)
            .Select(n => new { n.Id, n.VillageCode }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var id = caller.Scope.Covers(existing.VillageCode) ? existing.Id.ToString(CultureInfo.InvariantCulture) : "";
            throw new ResourceAlreadyExistsException(NominationType, id, $"A nomination of woman {womanId} in round {roundId}",
                id.Length == 0 ? "is already made in this round" : null);
        }
    }

    private async Task<Suite.Contracts.Registry.V1.Woman> WomanOfVillageAsync(long womanId, string village, CancellationToken ct)
    {
        Suite.Contracts.Registry.V1.Woman woman;
        try
        {
            woman = await registry.GetAsync(womanId, ct);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied)
        {
            throw ValidationFailedException.For("woman_id", "must be a woman of your village");
        }
        if (woman.VillageCode != village)
        {
            throw ValidationFailedException.For("woman_id", "must be a woman of your village");
        }
        return woman;
    }

    private async Task<Proto.Round> PresentAsync(CommendationRoundRecord round, CancellationToken ct)
    {
        var scope = caller.Scope.Prefix;
        var counts = await db.Nominations.AsNoTracking().Where(n => n.RoundId == round.Id && n.VillageCode.StartsWith(scope))
            .GroupBy(n => n.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var proto = round.ToProto();
        proto.Counts.AddRange(counts.OrderBy(c => c.Status).Select(c => new Proto.StatusCount { Status = c.Status, Count = c.Count }));
        return proto;
    }

    private async Task<Proto.Nomination> PresentAsync(NominationRecord nomination, bool objections, CancellationToken ct)
    {
        var list = await db.Objections.AsNoTracking().Where(o => o.NominationId == nomination.Id).OrderBy(o => o.Id).ToListAsync(ct);
        var proto = nomination.ToProto(list.Count(o => o.Status == ObjectionStatus.Open));
        if (objections)
        {
            proto.Objections.AddRange(list.Select(o => o.ToProto()));
        }
        return proto;
    }

    private async Task<Dictionary<long, int>> OpenObjectionsAsync(List<long> nominationIds, CancellationToken ct) =>
        await db.Objections.AsNoTracking().Where(o => nominationIds.Contains(o.NominationId) && o.Status == ObjectionStatus.Open)
            .GroupBy(o => o.NominationId).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
