using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Registry.V1;
using Suite.Registry.UseCases;

namespace Suite.Registry.Grpc;

public sealed class SurveyGrpcService(SurveyRounds rounds) : SurveyService.SurveyServiceBase
{
    [Authorize(RegistryPermissions.SurveyWrite)]
    public override Task<SurveyRound> StartSurveyRound(StartSurveyRoundRequest request, ServerCallContext context) =>
        rounds.StartAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyRead)]
    public override Task<SurveyRound> GetSurveyRound(GetSurveyRoundRequest request, ServerCallContext context) =>
        rounds.GetAsync(request.Id, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<Verification> VerifyWoman(VerifyWomanRequest request, ServerCallContext context) =>
        rounds.VerifyAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.StatisticsRead)]
    public override Task<SurveyCoverage> GetSurveyCoverage(GetSurveyCoverageRequest request, ServerCallContext context) =>
        rounds.GetCoverageAsync(request, context.CancellationToken);

    [Authorize(RegistryPermissions.SurveyRead)]
    [Audited("woman", Response = "women.woman_id")]
    public override Task<ListUnverifiedWomenResponse> ListUnverifiedWomen(ListUnverifiedWomenRequest request, ServerCallContext context) =>
        rounds.ListUnverifiedAsync(request, context.CancellationToken);
}
