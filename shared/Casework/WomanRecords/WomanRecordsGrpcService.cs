using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Common.V1;
using Suite.GrpcServer.Errors;
using Suite.Persistence;

namespace Suite.Casework;

/// <summary>
/// "The records of woman N" in this service (<c>suite.common.v1.WomanRecordsService</c>), from every record source the
/// service registered, newest first, paged; audited as a read of her personal data. Any authenticated caller may ask:
/// each source gives only what her permissions and area allow, so a caller with none of them gets an empty list.
/// </summary>
[Authorize]
public sealed class WomanRecordsGrpcService(IEnumerable<IWomanRecordSource> sources) : WomanRecordsService.WomanRecordsServiceBase
{
    [Audited("woman", Request = "woman_id")]
    public override async Task<ListWomanRecordsResponse> ListWomanRecords(ListWomanRecordsRequest request, ServerCallContext context)
    {
        if (request.WomanId <= 0)
        {
            throw ValidationFailedException.For("woman_id", "is required");
        }
        var page = PageRequest.Of(request.PageSize, request.PageToken, $"woman-records:{request.WomanId}");
        var records = new List<WomanRecord>();
        foreach (var source in sources)
        {
            records.AddRange(await source.RecordsOfAsync(request.WomanId, context.CancellationToken));
        }
        var ordered = records.OrderByDescending(r => r.Date?.ToDateOnly() ?? DateOnly.MinValue).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenByDescending(r => r.Id).ToList();
        var shown = Paging.PageOf(ordered, page);
        return new ListWomanRecordsResponse { Records = { shown.Items }, NextPageToken = shown.NextPageToken };
    }
}
