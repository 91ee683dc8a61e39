using Grpc.Core;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;

namespace Suite.Registry.Grpc;

public sealed class AreasGrpcService(AreaCatalog catalog) : AreasService.AreasServiceBase
{
    public override Task<ImportAreasResponse> ImportAreas(ImportAreasRequest request, ServerCallContext context) =>
        catalog.ImportCsvAsync(request.Csv.ToByteArray(), context.CancellationToken);

    public override Task<Area> GetArea(GetAreaRequest request, ServerCallContext context) =>
        catalog.GetAsync(request.Code, context.CancellationToken);

    public override Task<ListAreasResponse> ListAreas(ListAreasRequest request, ServerCallContext context) =>
        catalog.ListAsync(request, context.CancellationToken);
}
