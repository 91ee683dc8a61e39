using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.CaseFile;

/// <summary>
/// Reads one woman's case file (一人一档): her card from the Registry and her records from every department service,
/// all at once and each on its own, with the caller's token (so every service's permissions and area rules apply as
/// they are). A department that cannot be reached, or refuses the caller, is a section that says so; the others still
/// answer. A woman the Registry does not show the caller (outside her area, not shared) is not read further.
/// </summary>
public sealed class CaseFileReader(Func<string, CallInvoker> services, Func<Metadata> headers)
{
    public async Task<WomanCaseFile> ReadAsync(long womanId, CancellationToken ct)
    {
        var card = CardAsync(womanId, ct);
        var sections = EventStreams.Services.Select(service => SectionAsync(service, womanId, ct)).ToList();
        var (woman, problem) = await card;
        return new WomanCaseFile(womanId, woman, problem, await Task.WhenAll(sections));
    }

    private async Task<(Woman? Woman, string Problem)> CardAsync(long womanId, CancellationToken ct)
    {
        try
        {
            return (await new WomenService.WomenServiceClient(services(ResourceNames.Registry)).GetWomanAsync(new GetWomanRequest { Id = womanId }, headers(), cancellationToken: ct), "");
        }
        catch (RpcException ex) when (IsAway(ex))
        {
            return (null, ex.Status.Detail);
        }
    }

    private async Task<CaseSection> SectionAsync(string service, long womanId, CancellationToken ct)
    {
        var client = new WomanRecordsService.WomanRecordsServiceClient(services(service));
        var records = new List<WomanRecord>();
        var request = new ListWomanRecordsRequest { WomanId = womanId, PageSize = 500 };
        try
        {
            do
            {
                var page = await client.ListWomanRecordsAsync(request, headers(), cancellationToken: ct);
                records.AddRange(page.Records);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            return new CaseSection(service, SectionState.Answered, records, "");
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
        {
            return new CaseSection(service, SectionState.Refused, [], ex.Status.Detail);
        }
        catch (RpcException ex) when (IsAway(ex))
        {
            return new CaseSection(service, SectionState.Unavailable, [], ex.Status.Detail);
        }
    }

    private static bool IsAway(RpcException ex) => ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled;
}
