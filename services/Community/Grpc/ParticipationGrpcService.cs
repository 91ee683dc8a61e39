using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Candidates and board members name women: those reads and writes are audited; an election alone holds no personal data.</summary>
public sealed class ParticipationGrpcService(ParticipationDesk desk) : ParticipationService.ParticipationServiceBase
{
    [Authorize(CommunityPermissions.ParticipationWrite)]
    public override Task<Election> RecordElection(RecordElectionRequest request, ServerCallContext context) => desk.RecordElectionAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationRead)]
    [Audited("woman", Response = "candidates.woman_id")]
    public override Task<Election> GetElection(GetElectionRequest request, ServerCallContext context) => desk.GetElectionAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationRead)]
    [Audited("woman", Response = "elections.candidates.woman_id")]
    public override Task<ListElectionsResponse> ListElections(ListElectionsRequest request, ServerCallContext context) => desk.ListElectionsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<Candidate> AddCandidate(AddCandidateRequest request, ServerCallContext context) => desk.AddCandidateAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationWrite)]
    [Audited("woman", Response = "woman_id")]
    public override Task<Candidate> RecordResult(RecordResultRequest request, ServerCallContext context) => desk.RecordResultAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<BoardMember> AddBoardMember(AddBoardMemberRequest request, ServerCallContext context) => desk.AddBoardMemberAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationWrite)]
    [Audited("woman", Response = "woman_id")]
    public override Task<BoardMember> EndBoardMembership(EndBoardMembershipRequest request, ServerCallContext context) =>
        desk.EndBoardMembershipAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ParticipationRead)]
    [Audited("woman", Response = "villages.bodies.elected_woman_ids")]
    public override Task<GetVillageParticipationResponse> GetVillageParticipation(GetVillageParticipationRequest request, ServerCallContext context) =>
        desk.GetVillageParticipationAsync(request, context.CancellationToken);
}
