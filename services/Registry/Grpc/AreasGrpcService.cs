using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Registry.V1;
using Suite.Registry.UseCases;

namespace Suite.Registry.Grpc;

public sealed class AreasGrpcService(AreaCatalog catalog) : AreasService.AreasServiceBase
{
    [Authorize(RegistryPermissions.AreasWrite)]
    public override Task<ImportAreasResponse> ImportAreas(ImportAreasRequest request, ServerCallContext context) =>
        catalog.ImportCsvAsync(request.Csv.ToByteArray(), context.CancellationToken);

    [Authorize(RegistryPermissions.AreasRead)]
    public override Task<Area> GetArea(GetAreaRequest request, ServerCallContext context) =>
        catalog.GetAsync(request.Code, context.CancellationToken);

    [Authorize(RegistryPermissions.AreasRead)]
    public override Task<ListAreasResponse> ListAreas(ListAreasRequest request, ServerCallContext context) =>
        catalog.ListAsync(request, context.CancellationToken);
}
