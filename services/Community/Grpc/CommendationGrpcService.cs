using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Nominations and objections name women: their reads and writes are audited; rounds hold no personal data.</summary>
public sealed class CommendationGrpcService(CommendationDesk desk) : CommendationService.CommendationServiceBase
{
    private const string Nomination = "nomination";

    [Authorize(CommunityPermissions.CommendationDecide)]
    public override Task<Round> CreateRound(CreateRoundRequest request, ServerCallContext context) => desk.CreateRoundAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationRead)]
    public override Task<Round> GetRound(GetRoundRequest request, ServerCallContext context) => desk.GetRoundAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationRead)]
    public override Task<ListRoundsResponse> ListRounds(ListRoundsRequest request, ServerCallContext context) => desk.ListRoundsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationNominate)]
    [Audited("woman", Request = "woman_id")]
    [Audited(Nomination, Response = "id")]
    public override Task<Nomination> Nominate(NominateRequest request, ServerCallContext context) => desk.NominateAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationRead)]
    [Audited(Nomination, Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<Nomination> GetNomination(GetNominationRequest request, ServerCallContext context) => desk.GetNominationAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationRead)]
    [Audited("woman", Response = "nominations.woman_id")]
    public override Task<ListNominationsResponse> ListNominations(ListNominationsRequest request, ServerCallContext context) =>
        desk.ListNominationsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationReview)]
    [Audited(Nomination, Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<Nomination> ReviewNomination(ReviewNominationRequest request, ServerCallContext context) => desk.ReviewAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationReview)]
    [Audited("woman", Response = "nominations.woman_id")]
    public override Task<PostNoticeResponse> PostNotice(PostNoticeRequest request, ServerCallContext context) => desk.PostNoticeAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationRead)]
    [Audited(Nomination, Request = "nomination_id")]
    public override Task<Objection> RecordObjection(RecordObjectionRequest request, ServerCallContext context) => desk.RecordObjectionAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationReview)]
    [Audited(Nomination, Response = "nomination_id")]
    public override Task<Objection> ResolveObjection(ResolveObjectionRequest request, ServerCallContext context) => desk.ResolveObjectionAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CommendationDecide)]
    [Audited(Nomination, Request = "id")]
    [Audited("woman", Response = "woman_id")]
    public override Task<Nomination> DecideNomination(DecideNominationRequest request, ServerCallContext context) => desk.DecideAsync(request, context.CancellationToken);
}
