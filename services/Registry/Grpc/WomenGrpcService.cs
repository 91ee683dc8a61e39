using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Registry.V1;
using Suite.GrpcServer.Errors;
using Suite.Registry.UseCases;

namespace Suite.Registry.Grpc;

/// <summary>The transport surface of the ledger; the work is in <see cref="WomenLedger"/>, <see cref="WomenQueries"/> and <see cref="WomenImporter"/>.</summary>
public sealed class WomenGrpcService(WomenLedger ledger, WomenQueries queries, WomenImporter importer, LedgerCsvExport csv, VisitDesk visits) : WomenService.WomenServiceBase
{
    private const string Woman = "woman";

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited(Woman, Response = "id")]
    public override Task<Woman> CreateWoman(CreateWomanRequest request, ServerCallContext context) =>
        ledger.CreateAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited(Woman, Request = "id", Purpose = "reveal_purpose")]
    public override Task<Woman> GetWoman(GetWomanRequest request, ServerCallContext context) =>
        queries.GetAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited(Woman, Response = "women.id")]
    public override Task<ListWomenResponse> ListWomen(ListWomenRequest request, ServerCallContext context) =>
        queries.ListAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited(Woman, Request = "woman.id")]
    public override Task<Woman> UpdateWoman(UpdateWomanRequest request, ServerCallContext context) =>
        ledger.UpdateAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited(Woman, Request = "woman_id")]
    public override Task<ListChangesResponse> ListChanges(ListChangesRequest request, ServerCallContext context) =>
        queries.ListChangesAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited(Woman, Request = "id")]
    public override Task<Woman> ExitWoman(ExitWomanRequest request, ServerCallContext context) =>
        ledger.ExitAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited(Woman, Request = "id")]
    public override Task<Woman> ReactivateWoman(ReactivateWomanRequest request, ServerCallContext context) =>
        ledger.ReactivateAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenWrite)]
    [Audited(Woman, Request = "woman_id")]
    public override Task<Woman> RecordAssessment(RecordAssessmentRequest request, ServerCallContext context) =>
        ledger.RecordAssessmentAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.WomenRead)]
    [Audited(Woman, Response = "women.id")]
    [Obsolete("VisitService.ListDueVisits with within_days 0 is the same list.")]
    public override Task<ListOverdueVisitsResponse> ListOverdueVisits(ListOverdueVisitsRequest request, ServerCallContext context) =>
        visits.ListDueAsync(new ListDueVisitsRequest { AreaCode = request.AreaCode, WithinDays = 0, PageSize = request.PageSize, PageToken = request.PageToken }, context.CancellationToken);

    // Every row's outcome tells the caller whether that woman is on the ledger: all of them are recorded.
    [Authorize(RegistryPermissions.Import)]
    [Audited(Woman, Response = "results.woman_id")]
    public override Task ImportWomen(IAsyncStreamReader<ImportWomenRequest> requestStream, IServerStreamWriter<ImportWomenResponse> responseStream, ServerCallContext context) =>
        importer.ImportAsync(requestStream.ReadAllAsync(context.CancellationToken), ErrorText.LocaleOf(context.RequestHeaders.GetValue("accept-language")),
            results => responseStream.WriteAsync(results, context.CancellationToken), context.CancellationToken);

    [Authorize(RegistryPermissions.Export)]
    [Audited(Woman, Response = "id", Purpose = "reveal_purpose")]
    public override async Task ExportWomen(ExportWomenRequest request, IServerStreamWriter<Woman> responseStream, ServerCallContext context)
    {
        await foreach (var woman in queries.ExportAsync(request, context.CancellationToken))
        {
            await responseStream.WriteAsync(woman, context.CancellationToken);
        }
    }

    [Authorize(RegistryPermissions.Export)]
    [Audited(Woman, Response = "woman_ids", Purpose = "reveal_purpose")]
    public override Task ExportLedgerCsv(ExportWomenRequest request, IServerStreamWriter<CsvChunk> responseStream, ServerCallContext context) =>
        csv.WriteAsync(queries.ExportAsync(request, context.CancellationToken), responseStream, context.CancellationToken);

    [Authorize(RegistryPermissions.StatisticsRead)]
    public override Task<Statistics> GetStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        queries.GetStatisticsAsync(request.AreaCode, context.CancellationToken);
}
