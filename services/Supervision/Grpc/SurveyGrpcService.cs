using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Supervision.V1;
using Suite.Supervision.UseCases;

namespace Suite.Supervision.Grpc;

/// <summary>The sample names women (by Registry id): drawing it and recording their answers are audited.</summary>
public sealed class SurveyGrpcService(SurveyDesk desk) : SurveyService.SurveyServiceBase
{
    [Authorize(SupervisionPermissions.SurveysWrite)]
    public override Task<Survey> CreateSurvey(CreateSurveyRequest request, ServerCallContext context) => desk.CreateAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.SurveysWrite)]
    public override Task<Survey> GetSurvey(GetSurveyRequest request, ServerCallContext context) => desk.GetAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.SurveysWrite)]
    [Audited("woman", Response = "women.woman_id")]
    public override Task<Sample> DrawSample(DrawSampleRequest request, ServerCallContext context) => desk.DrawAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.SurveysWrite)]
    [Audited("woman", Request = "answers.woman_id")]
    public override Task<Answers> RecordAnswers(RecordAnswersRequest request, ServerCallContext context) => desk.RecordAnswersAsync(request, context.CancellationToken);

    [Authorize(SupervisionPermissions.SurveysWrite)]
    public override Task<Satisfaction> GetSatisfaction(GetSatisfactionRequest request, ServerCallContext context) => desk.GetSatisfactionAsync(request, context.CancellationToken);
}
