using Grpc.Core;
using Suite.Contracts.Registry.V1;

namespace Suite.Supervision.UseCases;

/// <summary>The townships of a county, read from the Registry with the service's own identity (area names are not personal data).</summary>
public sealed class TownshipDirectory(AreasService.AreasServiceClient areas)
{
    public sealed record Township(string Code, string Name);

    /// <summary>The county's townships by code; UNAVAILABLE when the Registry does not answer (nothing is written then).</summary>
    public async Task<IReadOnlyList<Township>> OfCountyAsync(string countyCode, CancellationToken ct)
    {
        var townships = new List<Township>();
        var token = "";
        try
        {
            do
            {
                var page = await areas.ListAreasAsync(new ListAreasRequest { ParentCode = countyCode, PageSize = 1000, PageToken = token }, cancellationToken: ct);
                townships.AddRange(page.Areas.Select(a => new Township(a.Code, a.Name)));
                token = page.NextPageToken;
            }
            while (token.Length > 0);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Registry does not answer; try again later."));
        }
        return townships;
    }
}
