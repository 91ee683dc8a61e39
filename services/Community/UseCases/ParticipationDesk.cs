using System.Globalization;
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
/// Women in village self-government: committee elections with the women who stood and their results, and women on
/// village boards; a village's staff record their own village, a township its villages.
/// </summary>
public sealed class ParticipationDesk(CommunityDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string ElectionType = "suite.community.v1.Election";
    public const string CandidateType = "suite.community.v1.Candidate";
    public const string BoardMemberType = "suite.community.v1.BoardMember";

    public async Task<Proto.Election> RecordElectionAsync(Proto.RecordElectionRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request, clock.Today());
        var e = request.Election;
        caller.Scope.RequireWrite(e.VillageCode, "election.village_code");
        var (election, _) = await db.CreateOnceAsync<ElectionRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            await RequireNoElectionAsync(e.VillageCode, e.Body, e.TermStartYear, ct);
            var election = new ElectionRecord
            {
                RequestId = request.RequestId, VillageCode = e.VillageCode, Body = e.Body, TermStartYear = e.TermStartYear, Seats = e.Seats, Electorate = e.Electorate,
                VotesCast = e.VotesCast,
            };
            db.Elections.Add(election);
            await db.SaveChangesAsync(ct);
            return election;
        }, new(caller.Scope, ElectionType, x => x.VillageCode, x => x.Id), ct, onLostRace: () => RequireNoElectionAsync(e.VillageCode, e.Body, e.TermStartYear, ct));
        return election.ToProto([]);
    }

    public async Task<Proto.Election> GetElectionAsync(long id, CancellationToken ct)
    {
        var election = await db.FindInScopeAsync<ElectionRecord>(id, e => e.VillageCode, caller.Scope, ElectionType, ct);
        return election.ToProto(await db.Candidates.AsNoTracking().Where(c => c.ElectionId == id).ToListAsync(ct));
    }

    public async Task<Proto.ListElectionsResponse> ListElectionsAsync(Proto.ListElectionsRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request);
        var area = caller.AreaFor(request.AreaCode);
        var body = request.Body;
        var term = request.TermStartYear;
        var page = await db.Elections.AsNoTracking()
            .Where(e => e.VillageCode.StartsWith(area) && (body == VillageBody.Unspecified || e.Body == body) && (term == 0 || e.TermStartYear == term))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"elections:{area}:{(int)body}:{term}"), e => e.VillageCode, e => e.Id, descending: false, ct);
        var ids = page.Items.Select(e => e.Id).ToList();
        var candidates = (await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.ElectionId)).ToListAsync(ct)).ToLookup(c => c.ElectionId);
        return new Proto.ListElectionsResponse { Elections = { page.Items.Select(e => e.ToProto(candidates[e.Id])) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.Candidate> AddCandidateAsync(Proto.AddCandidateRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request);
        var (candidate, _) = await db.CreateOnceAsync<CandidateRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            var election = await db.FindInScopeAsync<ElectionRecord>(request.ElectionId, e => e.VillageCode, caller.Scope, ElectionType, ct, "election_id");
            caller.Scope.RequireWrite(election.VillageCode, "election_id");
            var woman = await registry.GetAsync(request.WomanId, ct);
            if (woman.VillageCode != election.VillageCode)
            {
                throw ValidationFailedException.For("woman_id", "must live in the election's village");
            }
            await RequireNotCandidateAsync(election.Id, woman.Id, ct);
            var candidate = new CandidateRecord
            {
                RequestId = request.RequestId, ElectionId = election.Id, VillageCode = election.VillageCode, WomanId = woman.Id, RecommendedBy = request.RecommendedBy.Trim(),
                Version = 1,
            };
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync(ct);
            return candidate;
        }, new(caller.Scope, CandidateType, x => x.VillageCode, x => x.Id), ct, onLostRace: () => RequireNotCandidateAsync(request.ElectionId, request.WomanId, ct));
        return candidate.ToProto();
    }

    /// <summary>Her votes cannot exceed the votes cast; the women elected cannot exceed the seats.</summary>
    public async Task<Proto.Candidate> RecordResultAsync(Proto.RecordResultRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request);
        var candidate = (await db.FindInScopeAsync<CandidateRecord>(request.CandidateId, c => c.VillageCode, caller.Scope, CandidateType, ct, "candidate_id"))
            .RequireEtag(request.Etag, CandidateType, request.CandidateId);
        caller.Scope.RequireWrite(candidate.VillageCode, "candidate_id");
        var election = await db.Elections.AsNoTracking().FirstAsync(e => e.Id == candidate.ElectionId, ct);
        if (request.Votes > election.VotesCast)
        {
            throw ValidationFailedException.For("votes", "must not exceed the election's votes cast");
        }
        if (request.Elected && !candidate.Elected)
        {
            var elected = await db.Candidates.CountAsync(c => c.ElectionId == election.Id && c.Elected, ct);
            if (elected >= election.Seats)
            {
                throw new PreconditionFailedException("Election {0} has {1} seats, all taken by elected candidates.", election.Id, election.Seats);
            }
        }
        candidate.HasResult = true;
        candidate.Votes = request.Votes;
        candidate.Elected = request.Elected;
        await db.SaveChangesAsync(ct);
        return candidate.ToProto();
    }

    public async Task<Proto.BoardMember> AddBoardMemberAsync(Proto.AddBoardMemberRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request, clock.Today());
        caller.Scope.RequireWrite(request.VillageCode, "village_code");
        var (member, _) = await db.CreateOnceAsync<BoardMemberRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            var woman = await registry.GetAsync(request.WomanId, ct);
            if (woman.VillageCode != request.VillageCode)
            {
                throw ValidationFailedException.For("woman_id", "must live in the village of village_code");
            }
            var name = request.BoardName.Trim();
            var serving = await db.BoardMembers.AsNoTracking()
                .Where(b => b.WomanId == woman.Id && b.VillageCode == request.VillageCode && b.Kind == request.Kind && b.BoardName == name && b.UntilDate == null)
                .Select(b => (long?)b.Id).FirstOrDefaultAsync(ct);
            if (serving is { } id)
            {
                throw new ResourceAlreadyExistsException(BoardMemberType, id.ToString(CultureInfo.InvariantCulture), $"A membership of woman {woman.Id} on this board");
            }
            var member = new BoardMemberRecord
            {
                RequestId = request.RequestId, VillageCode = request.VillageCode, Kind = request.Kind, BoardName = name, WomanId = woman.Id,
                FromDate = request.FromDate.ToDateOnly(), Version = 1,
            };
            db.BoardMembers.Add(member);
            await db.SaveChangesAsync(ct);
            return member;
        }, new(caller.Scope, BoardMemberType, x => x.VillageCode, x => x.Id), ct);
        return member.ToProto();
    }

    public async Task<Proto.BoardMember> EndBoardMembershipAsync(Proto.EndBoardMembershipRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request, clock.Today());
        var member = (await db.FindInScopeAsync<BoardMemberRecord>(request.Id, b => b.VillageCode, caller.Scope, BoardMemberType, ct))
            .RequireEtag(request.Etag, BoardMemberType, request.Id);
        caller.Scope.RequireWrite(member.VillageCode, "id");
        if (member.UntilDate is not null)
        {
            throw new PreconditionFailedException("Board membership {0} has ended already.", member.Id);
        }
        var until = request.UntilDate.ToDateOnly();
        if (until < member.FromDate)
        {
            throw ValidationFailedException.For("until_date", "must not be before the start date");
        }
        member.UntilDate = until;
        await db.SaveChangesAsync(ct);
        return member.ToProto();
    }

    /// <summary>Per village of the area that has an election or a board member: women candidates and elected per committee, women on boards today.</summary>
    public async Task<Proto.GetVillageParticipationResponse> GetVillageParticipationAsync(Proto.GetVillageParticipationRequest request, CancellationToken ct)
    {
        ParticipationValidator.Validate(request);
        var area = caller.AreaFor(request.AreaCode);
        var term = request.TermStartYear;
        var villages = await db.Elections.AsNoTracking().Where(e => e.VillageCode.StartsWith(area)).Select(e => e.VillageCode)
            .Union(db.BoardMembers.AsNoTracking().Where(b => b.VillageCode.StartsWith(area)).Select(b => b.VillageCode))
            .ToListAsync(ct);
        // A county has some hundreds of villages: the villages are paged in memory, bound to the filter like every token.
        var page = Paging.PageOf(villages.Distinct().Order(StringComparer.Ordinal).ToList(), PageRequest.Of(request.PageSize, request.PageToken, $"participation:{area}:{term}"));
        var codes = page.Items;
        var elections = await db.Elections.AsNoTracking().Where(e => codes.Contains(e.VillageCode) && (term == 0 || e.TermStartYear == term)).ToListAsync(ct);
        var electionIds = elections.Select(e => e.Id).ToList();
        var candidates = (await db.Candidates.AsNoTracking().Where(c => electionIds.Contains(c.ElectionId)).ToListAsync(ct)).ToLookup(c => c.ElectionId);
        var today = clock.Today();
        var members = (await db.BoardMembers.AsNoTracking()
            .Where(b => codes.Contains(b.VillageCode) && b.FromDate <= today && (b.UntilDate == null || b.UntilDate >= today)).ToListAsync(ct)).ToLookup(b => b.VillageCode);

        var response = new Proto.GetVillageParticipationResponse { NextPageToken = page.NextPageToken };
        foreach (var code in codes)
        {
            var village = new Proto.VillageParticipation { VillageCode = code };
            foreach (var e in elections.Where(e => e.VillageCode == code).GroupBy(e => e.Body).OrderBy(g => g.Key).Select(g => g.MaxBy(e => e.TermStartYear)!))
            {
                var stood = candidates[e.Id].ToList();
                var elected = stood.Where(c => c.Elected).OrderBy(c => c.Id).Select(c => c.WomanId).ToList();
                village.Bodies.Add(new Proto.BodyParticipation
                {
                    Body = e.Body, ElectionId = e.Id, TermStartYear = e.TermStartYear, Seats = e.Seats, WomenCandidates = stood.Count, WomenElected = elected.Count,
                    WomenSharePercent = Math.Round(elected.Count * 100.0 / e.Seats, 1), ElectedWomanIds = { elected },
                });
            }
            var serving = members[code].ToList();
            village.WomenOnBoards = serving.Select(b => b.WomanId).Distinct().Count();
            village.Boards.AddRange(serving.GroupBy(b => b.Kind).OrderBy(g => g.Key)
                .Select(g => new Proto.BoardCount { Kind = g.Key, Women = g.Select(b => b.WomanId).Distinct().Count() }));
            response.Villages.Add(village);
        }
        return response;
    }

    private async Task RequireNoElectionAsync(string village, VillageBody body, int term, CancellationToken ct)
    {
        var existing = await db.Elections.AsNoTracking().Where(e => e.VillageCode == village && e.Body == body && e.TermStartYear == term).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw new ResourceAlreadyExistsException(ElectionType, id.ToString(CultureInfo.InvariantCulture), $"The {term} election of this committee of village {village}");
        }
    }

    private async Task RequireNotCandidateAsync(long electionId, long womanId, CancellationToken ct)
    {
        var existing = await db.Candidates.AsNoTracking().Where(c => c.ElectionId == electionId && c.WomanId == womanId).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw new ResourceAlreadyExistsException(CandidateType, id.ToString(CultureInfo.InvariantCulture), $"Woman {womanId} as a candidate of election {electionId}");
        }
    }
}
