using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Suite.Contracts.Registry;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;

namespace Suite.Registry.Grpc;

/// <summary>The transport surface of the ledger; the work is in <see cref="WomenLedger"/>, <see cref="WomenQueries"/> and <see cref="WomenImporter"/>.</summary>
public sealed class WomenGrpcService(WomenLedger ledger, WomenQueries queries, WomenImporter importer, VillageDirectory areas) : WomenService.WomenServiceBase
{
    private const int CsvChunkBytes = 64 * 1024;

    public override Task<Woman> CreateWoman(CreateWomanRequest request, ServerCallContext context) =>
        ledger.CreateAsync(request, context.CancellationToken);

    public override Task<Woman> GetWoman(GetWomanRequest request, ServerCallContext context) =>
        queries.GetAsync(request.Id, context.CancellationToken);

    public override Task<ListWomenResponse> ListWomen(ListWomenRequest request, ServerCallContext context) =>
        queries.ListAsync(request, context.CancellationToken);

    public override Task<Woman> UpdateWoman(UpdateWomanRequest request, ServerCallContext context) =>
        ledger.UpdateAsync(request, context.CancellationToken);

    public override Task<ListChangesResponse> ListChanges(ListChangesRequest request, ServerCallContext context) =>
        queries.ListChangesAsync(request, context.CancellationToken);

    public override Task<Woman> ExitWoman(ExitWomanRequest request, ServerCallContext context) =>
        ledger.ExitAsync(request, context.CancellationToken);

    public override Task<Woman> ReactivateWoman(ReactivateWomanRequest request, ServerCallContext context) =>
        ledger.ReactivateAsync(request, context.CancellationToken);

    public override Task<Woman> RecordAssessment(RecordAssessmentRequest request, ServerCallContext context) =>
        ledger.RecordAssessmentAsync(request, context.CancellationToken);

    public override Task<ListOverdueVisitsResponse> ListOverdueVisits(ListOverdueVisitsRequest request, ServerCallContext context) =>
        queries.ListOverdueAsync(request, context.CancellationToken);

    public override Task<ImportWomenResponse> ImportWomen(IAsyncStreamReader<ImportWomenRequest> requestStream, ServerCallContext context) =>
        importer.ImportAsync(requestStream.ReadAllAsync(context.CancellationToken), context.CancellationToken);

    public override async Task ExportWomen(ExportWomenRequest request, IServerStreamWriter<Woman> responseStream, ServerCallContext context)
    {
        await foreach (var woman in queries.ExportAsync(request.Filter, context.CancellationToken))
        {
            await responseStream.WriteAsync(woman, context.CancellationToken);
        }
    }

    public override async Task ExportLedgerCsv(ExportWomenRequest request, IServerStreamWriter<CsvChunk> responseStream, ServerCallContext context)
    {
        // UTF-8 with BOM so that spreadsheet programs in county offices open the Chinese text correctly.
        var buffer = new StringBuilder("\uFEFF").Append(Contracts.Common.CsvCodec.FormatLine(LedgerCsv.Header));
        var row = 0;
        await foreach (var woman in queries.ExportAsync(request.Filter, context.CancellationToken))
        {
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

    public override Task<Statistics> GetStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        queries.GetStatisticsAsync(request.AreaCode, context.CancellationToken);
}
