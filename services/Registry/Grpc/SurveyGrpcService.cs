using Grpc.Core;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Application;

namespace Suite.Registry.Grpc;

public sealed class SurveyGrpcService(SurveyRounds rounds) : SurveyService.SurveyServiceBase
{
    public override Task<SurveyRound> StartSurveyRound(StartSurveyRoundRequest request, ServerCallContext context) =>
        rounds.StartAsync(request, context.CancellationToken);

    public override Task<SurveyRound> GetSurveyRound(GetSurveyRoundRequest request, ServerCallContext context) =>
        rounds.GetAsync(request.Id, context.CancellationToken);

    public override Task<Verification> VerifyWoman(VerifyWomanRequest request, ServerCallContext context) =>
        rounds.VerifyAsync(request, context.CancellationToken);

    public override Task<SurveyCoverage> GetSurveyCoverage(GetSurveyCoverageRequest request, ServerCallContext context) =>
        rounds.GetCoverageAsync(request.RoundId, context.CancellationToken);

    public override Task<ListUnverifiedWomenResponse> ListUnverifiedWomen(ListUnverifiedWomenRequest request, ServerCallContext context) =>
        rounds.ListUnverifiedAsync(request, context.CancellationToken);
}
