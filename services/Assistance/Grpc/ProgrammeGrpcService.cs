using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Assistance.UseCases;
using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Grpc;

public sealed class ProgrammeGrpcService(ProgrammeCatalog catalog) : ProgrammeService.ProgrammeServiceBase
{
    [Authorize(AssistancePermissions.ProgrammesRead)]
    public override Task<ListProgrammesResponse> ListProgrammes(ListProgrammesRequest request, ServerCallContext context) =>
        catalog.ListAsync(request, context.CancellationToken);

    [Authorize(AssistancePermissions.ProgrammesRead)]
    public override Task<Programme> GetProgramme(GetProgrammeRequest request, ServerCallContext context) =>
        catalog.GetAsync(request.Code, context.CancellationToken);

    [Authorize(AssistancePermissions.ProgrammesWrite)]
    public override Task<Programme> UpdateProgramme(UpdateProgrammeRequest request, ServerCallContext context) =>
        catalog.UpdateAsync(request, context.CancellationToken);
}
