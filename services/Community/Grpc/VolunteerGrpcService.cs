using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Volunteer teams and executive pairings. Calls that name women (members on the ledger, women served, pairings) are audited.</summary>
public sealed class VolunteerGrpcService(VolunteerDesk volunteers, PairingDesk pairings) : VolunteerService.VolunteerServiceBase
{
    [Authorize(CommunityPermissions.VolunteersWrite)]
    public override Task<VolunteerTeam> CreateTeam(CreateTeamRequest request, ServerCallContext context) => volunteers.CreateTeamAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersRead)]
    public override Task<VolunteerTeam> GetTeam(GetTeamRequest request, ServerCallContext context) => volunteers.GetTeamAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersRead)]
    public override Task<ListTeamsResponse> ListTeams(ListTeamsRequest request, ServerCallContext context) => volunteers.ListTeamsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersWrite)]
    [Audited("woman", Request = "member.woman_id")]
    public override Task<TeamMember> AddMember(AddTeamMemberRequest request, ServerCallContext context) => volunteers.AddMemberAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersRead)]
    [Audited("woman", Response = "members.woman_id")]
    public override Task<ListTeamMembersResponse> ListMembers(ListTeamMembersRequest request, ServerCallContext context) => volunteers.ListMembersAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersWrite)]
    [Audited("woman", Request = "log.women_served")]
    public override Task<ServiceHoursLog> LogServiceHours(LogServiceHoursRequest request, ServerCallContext context) => volunteers.LogServiceHoursAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("executive_pairing", Response = "id")]
    public override Task<ExecutivePairing> CreateExecutivePairing(CreateExecutivePairingRequest request, ServerCallContext context) => pairings.CreateAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersWrite)]
    [Audited("executive_pairing", Request = "pairing_id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<ExecutivePairing> RecordPairingContact(RecordPairingContactRequest request, ServerCallContext context) => pairings.RecordContactAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersRead)]
    [Audited("woman", Response = "pairings.woman_id")]
    public override Task<ListExecutivePairingsResponse> ListExecutivePairings(ListExecutivePairingsRequest request, ServerCallContext context) => pairings.ListAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.VolunteersWrite)]
    [Audited("executive_pairing", Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<ExecutivePairing> EndPairing(EndExecutivePairingRequest request, ServerCallContext context) => pairings.EndAsync(request, context.CancellationToken);
}
