using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Registry;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;
using Suite.ServiceDefaults.Audit;

namespace Suite.Registry.Grpc;

/// <summary>The transport surface of the ledger; the work is in <see cref="WomenLedger"/>, <see cref="WomenQueries"/> and <see cref="WomenImporter"/>.</summary>
public sealed class WomenGrpcService(WomenLedger ledger, WomenQueries queries, WomenImporter importer, VillageDirectory areas, AuditScope audit) : WomenService.WomenServiceBase
{
    private const int CsvChunkBytes = 64 * 1024;
    private const string WomanResource = "woman";

    private Woman Touched(Woman woman)
    {
        audit.Touched(WomanResource, woman.Id);
        return woman;
    }

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited]
    public override async Task<Woman> CreateWoman(CreateWomanRequest request, ServerCallContext context) =>
        Touched(await ledger.CreateAsync(request, context.CancellationToken));

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited]
    public override Task<Woman> GetWoman(GetWomanRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.Id);
        audit.Purpose = request.RevealPurpose;
        return queries.GetAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited]
    public override async Task<ListWomenResponse> ListWomen(ListWomenRequest request, ServerCallContext context)
    {
        var response = await queries.ListAsync(request, context.CancellationToken);
        response.Women.ToList().ForEach(w => audit.Touched(WomanResource, w.Id));
        return response;
    }

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited]
    public override Task<Woman> UpdateWoman(UpdateWomanRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.Woman?.Id ?? 0);
        return ledger.UpdateAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited]
    public override Task<ListChangesResponse> ListChanges(ListChangesRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.WomanId);
        return queries.ListChangesAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited]
    public override Task<Woman> ExitWoman(ExitWomanRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.Id);
        return ledger.ExitAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited]
    public override Task<Woman> ReactivateWoman(ReactivateWomanRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.Id);
        return ledger.ReactivateAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited]
    public override Task<Woman> RecordAssessment(RecordAssessmentRequest request, ServerCallContext context)
    {
        audit.Touched(WomanResource, request.WomanId);
        return ledger.RecordAssessmentAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited]
    public override async Task<ListOverdueVisitsResponse> ListOverdueVisits(ListOverdueVisitsRequest request, ServerCallContext context)
    {
        var response = await queries.ListOverdueAsync(request, context.CancellationToken);
        response.Women.ToList().ForEach(w => audit.Touched(WomanResource, w.Id));
        return response;
    }

    [Authorize(RegistryPermissions.Import)]
    [Audited]
    public override async Task<ImportWomenResponse> ImportWomen(IAsyncStreamReader<ImportWomenRequest> requestStream, ServerCallContext context)
    {
        var response = await importer.ImportAsync(requestStream.ReadAllAsync(context.CancellationToken), context.CancellationToken);
        // The women whose records the batch wrote; unchanged rows disclosed nothing.
        foreach (var row in response.Results.Where(r => r.Outcome is ImportOutcome.Created or ImportOutcome.Updated))
        {
            audit.Touched(WomanResource, row.WomanId);
        }
        return response;
    }

    [Authorize(RegistryPermissions.Export)]
    [Audited]
    public override async Task ExportWomen(ExportWomenRequest request, IServerStreamWriter<Woman> responseStream, ServerCallContext context)
    {
        audit.Purpose = request.RevealPurpose;
        await foreach (var woman in queries.ExportAsync(request, context.CancellationToken))
        {
            audit.Touched(WomanResource, woman.Id);
            await responseStream.WriteAsync(woman, context.CancellationToken);
        }
    }

    [Authorize(RegistryPermissions.Export)]
    [Audited]
    public override async Task ExportLedgerCsv(ExportWomenRequest request, IServerStreamWriter<CsvChunk> responseStream, ServerCallContext context)
    {
        // UTF-8 with BOM so that spreadsheet programs in county offices open the Chinese text correctly.
        var buffer = new StringBuilder("\uFEFF").Append(Contracts.Common.CsvCodec.FormatLine(LedgerCsv.Header));
        var row = 0;
        audit.Purpose = request.RevealPurpose;
        await foreach (var woman in queries.ExportAsync(request, context.CancellationToken))
        {
            audit.Touched(WomanResource, woman.Id);
            buffer.Append(LedgerCsv.FormatRow(++row, woman, areas.NameOf));
            if (buffer.Length >= CsvChunkBytes / 3)
            {
                await Flush();
            }
        }
        await Flush();

        async Task Flush()
        {
            if (buffer.Length > 0)
            {
                await responseStream.WriteAsync(new CsvChunk { Data = ByteString.CopyFromUtf8(buffer.ToString()) }, context.CancellationToken);
                buffer.Clear();
            }
        }
    }

    [Authorize(RegistryPermissions.StatisticsRead)]
    public override Task<Statistics> GetStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        queries.GetStatisticsAsync(request.AreaCode, context.CancellationToken);
}
