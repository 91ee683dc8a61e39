using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Casework.SignIn;
using Suite.Community.UseCases;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>Activities hold no personal data; a sign-in sheet names women and is audited (every row's woman).</summary>
public sealed class CommunityActivityGrpcService(CommunityActivityDesk desk, SignInImporter signIn) : CommunityActivityService.CommunityActivityServiceBase
{
    [Authorize(CommunityPermissions.ActivitiesWrite)]
    public override Task<Activity> CreateActivity(CreateActivityRequest request, ServerCallContext context) => desk.CreateActivityAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ActivitiesRead)]
    public override Task<Activity> GetActivity(GetActivityRequest request, ServerCallContext context) => desk.GetActivityAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.ActivitiesRead)]
    public override Task<ListActivitiesResponse> ListActivities(ListActivitiesRequest request, ServerCallContext context) => desk.ListActivitiesAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.ActivitiesWrite)]
    [Audited("woman", Response = "results.woman_id")]
    public override Task<ImportSignInSheetResponse> ImportSignInSheet(IAsyncStreamReader<SignInRow> requestStream, ServerCallContext context) =>
        signIn.ImportAsync(requestStream.ReadAllAsync(context.CancellationToken), context.CancellationToken);

    [Authorize(CommunityPermissions.ActivitiesWrite)]
    public override Task<Activity> RecordOtherParticipants(RecordOtherParticipantsRequest request, ServerCallContext context) => desk.RecordOtherParticipantsAsync(request, context.CancellationToken);
}
