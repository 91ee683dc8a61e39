using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>The places register holds no personal data: nothing here is audited.</summary>
public sealed class PlaceGrpcService(PlaceDesk desk) : PlaceService.PlaceServiceBase
{
    [Authorize(CommunityPermissions.PlacesWrite)]
    public override Task<Place> CreatePlace(CreatePlaceRequest request, ServerCallContext context) => desk.CreatePlaceAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.PlacesRead)]
    public override Task<Place> GetPlace(GetPlaceRequest request, ServerCallContext context) => desk.GetPlaceAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.PlacesRead)]
    public override Task<ListPlacesResponse> ListPlaces(ListPlacesRequest request, ServerCallContext context) => desk.ListPlacesAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.PlacesWrite)]
    public override Task<Place> UpdatePlace(UpdatePlaceRequest request, ServerCallContext context) => desk.UpdatePlaceAsync(request, context.CancellationToken);
}
