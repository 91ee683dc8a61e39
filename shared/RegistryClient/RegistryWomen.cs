using Grpc.Core;
using Suite.Contracts.Registry.V1;

namespace Suite.RegistryClient;

/// <summary>
/// Reads a woman from the Registry with the caller's token (forwarded by the suite gRPC client), so the Registry's
/// area scope and consent rules apply. An unreachable Registry is UNAVAILABLE for our caller too.
/// </summary>
public sealed class RegistryWomen(WomenService.WomenServiceClient registry)
{
    public async Task<Woman> GetAsync(long id, CancellationToken ct)
    {
        try
        {
            return await registry.GetWomanAsync(new GetWomanRequest { Id = id }, cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Registry cannot be reached; nothing was recorded. Try again later."));
        }
    }
}
