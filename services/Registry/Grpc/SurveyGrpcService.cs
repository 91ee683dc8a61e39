using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;
using Suite.ServiceDefaults.Audit;

namespace Suite.Registry.Grpc;

public sealed class SurveyGrpcService(SurveyRounds rounds, AuditScope audit) : SurveyService.SurveyServiceBase
{
    [Authorize(RegistryPermissions.SurveyWrite)]
    public override Task<SurveyRound> StartSurveyRound(StartSurveyRoundRequest request, ServerCallContext context) =>
        rounds.StartAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyRead)]
    public override Task<SurveyRound> GetSurveyRound(GetSurveyRoundRequest request, ServerCallContext context) =>
        rounds.GetAsync(request.Id, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyWrite)]
    [Audited]
    public override Task<Verification> VerifyWoman(VerifyWomanRequest request, ServerCallContext context)
    {
        audit.Touched("woman", request.WomanId);
        return rounds.VerifyAsync(request, context.CancellationToken);
    }

    [Authorize(RegistryPermissions.SurveyRead)]
    public override Task<SurveyCoverage> GetSurveyCoverage(GetSurveyCoverageRequest request, ServerCallContext context) =>
        rounds.GetCoverageAsync(request.RoundId, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyRead)]
    [Audited]
    public override async Task<ListUnverifiedWomenResponse> ListUnverifiedWomen(ListUnverifiedWomenRequest request, ServerCallContext context)
    {
        var response = await rounds.ListUnverifiedAsync(request, context.CancellationToken);
        response.Women.ToList().ForEach(w => audit.Touched("woman", w.WomanId));
        return response;
    }
}
