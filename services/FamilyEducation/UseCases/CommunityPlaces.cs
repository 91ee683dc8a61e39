using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Suite.Contracts.Community.V1;
using Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// Community's register of places (阵地) as Family education uses it: with the caller's token, so that Community's
/// permissions and area rules apply to her (a venue recorded, a place named by an activity), or as the service itself
/// (<c>familyeducation-worker</c>: the move of the venues recorded before the register, keeping copies current).
/// </summary>
public sealed class CommunityPlaces(GrpcClientFactory clients)
{
    /// <summary>The named client that calls with the caller's token (outside a call: the service's identity).</summary>
    public const string AsCallerClient = Suite.Contracts.ResourceNames.Community;

    /// <summary>The named client that always calls with the service's own identity.</summary>
    public const string AsServiceClient = "community-as-service";

    public const string Unreachable = "Community's register of places cannot be reached; nothing was recorded. Try again later.";

    private PlaceService.PlaceServiceClient AsService => clients.CreateClient<PlaceService.PlaceServiceClient>(AsServiceClient);

    private PlaceService.PlaceServiceClient AsCaller => clients.CreateClient<PlaceService.PlaceServiceClient>(AsCallerClient);

    /// <summary>Records a place with the caller's token; Community away is UNAVAILABLE.</summary>
    public Task<Place> CreateAsCallerAsync(CreatePlaceRequest request, CancellationToken ct) =>
        ForCaller(() => AsCaller.CreatePlaceAsync(request, cancellationToken: ct).ResponseAsync);

    /// <summary>A place the caller may see (NOT_FOUND otherwise, from Community); Community away is UNAVAILABLE.</summary>
    public Task<Place> GetAsCallerAsync(long id, CancellationToken ct) =>
        ForCaller(() => AsCaller.GetPlaceAsync(new GetPlaceRequest { Id = id }, cancellationToken: ct).ResponseAsync);

    /// <summary>Records a place as the service (an RpcException as Community answered).</summary>
    public async Task<Place> CreateAsServiceAsync(CreatePlaceRequest request, CancellationToken ct) =>
        await AsService.CreatePlaceAsync(request, cancellationToken: ct);

    /// <summary>Reads a place as the service; null when Community does not know it.</summary>
    public async Task<Place?> GetAsServiceAsync(long id, CancellationToken ct)
    {
        try
        {
            return await AsService.GetPlaceAsync(new GetPlaceRequest { Id = id }, cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Community could not answer (away, too slow, failing): try again later.</summary>
    public static bool IsAway(RpcException ex) => ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown;

    /// <summary>The register's kind of a venue kind: the same name.</summary>
    public static PlaceKind PlaceKindOf(VenueKind kind) => Enum.Parse<PlaceKind>(kind.ToString());

    /// <summary>The venue kind of a place's kind: the same name.</summary>
    public static VenueKind VenueKindOf(PlaceKind kind) => Enum.Parse<VenueKind>(kind.ToString());

    /// <summary>The request id of the place a venue of the register's time is recorded with: the caller's request id, hashed to fit.</summary>
    public static string PlaceRequestOf(string venueRequestId) =>
        "familyeducation-venue-request-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(venueRequestId)))[..32];

    /// <summary>The request id of the place an existing venue is moved into: repeated after a crash, it gets the same place.</summary>
    public static string PlaceRequestOf(long venueId) => $"familyeducation-venue-{venueId}";

    private static async Task<Place> ForCaller(Func<Task<Place>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException ex) when (IsAway(ex))
        {
            throw new RpcException(new Status(StatusCode.Unavailable, Unreachable));
        }
    }
}
