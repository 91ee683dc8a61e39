using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Casework.SignIn;
using Suite.Contracts.Common.V1;
using Suite.Contracts.FamilyEducation.V1;
using Suite.FamilyEducation.UseCases;

namespace Suite.FamilyEducation.Grpc;

/// <summary>Venues and activities hold no personal data; a sign-in sheet names women and is audited (every row's woman).</summary>
public sealed class ActivityGrpcService(ActivityDesk desk, SignInImporter signIn) : ActivityService.ActivityServiceBase
{
    [Authorize(FamilyEducationPermissions.ActivitiesWrite)]
    public override Task<Venue> CreateVenue(CreateVenueRequest request, ServerCallContext context) => desk.CreateVenueAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesRead)]
    public override Task<ListVenuesResponse> ListVenues(ListVenuesRequest request, ServerCallContext context) => desk.ListVenuesAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesWrite)]
    public override Task<Activity> CreateActivity(CreateActivityRequest request, ServerCallContext context) => desk.CreateActivityAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesRead)]
    public override Task<Activity> GetActivity(GetActivityRequest request, ServerCallContext context) => desk.GetActivityAsync(request.Id, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesRead)]
    public override Task<ListActivitiesResponse> ListActivities(ListActivitiesRequest request, ServerCallContext context) => desk.ListActivitiesAsync(request, context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesWrite)]
    [Audited("woman", Response = "results.woman_id")]
    public override Task<ImportSignInSheetResponse> ImportSignInSheet(IAsyncStreamReader<SignInRow> requestStream, ServerCallContext context) =>
        signIn.ImportAsync(requestStream.ReadAllAsync(context.CancellationToken), context.CancellationToken);

    [Authorize(FamilyEducationPermissions.ActivitiesWrite)]
    public override Task<Activity> RecordOtherParticipants(RecordOtherParticipantsRequest request, ServerCallContext context) => desk.RecordOtherParticipantsAsync(request, context.CancellationToken);
}
