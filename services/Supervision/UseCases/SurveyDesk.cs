using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>
/// Satisfaction surveys (满意度调查): questionnaires of a township's quarter, a sample of its active women drawn by the
/// service from the Registry (only ids and villages are kept), their answers, and the satisfaction rate.
/// </summary>
public sealed class SurveyDesk(SupervisionDbContext db, SupervisionCaller caller, WomenService.WomenServiceClient registry, TimeProvider clock)
{
    public const string ResourceType = "suite.supervision.v1.Survey";
    public const int MaxSample = 500;

    public async Task<Proto.Survey> CreateAsync(Proto.CreateSurveyRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Survey is not null, "survey", "is required"))
        {
            var s = request.Survey!;
            errors.Require(AreaCode.IsDigits(s.TownshipCode) && s.TownshipCode.Length == AreaCode.TownshipLength, "survey.township_code", "must be a 9-digit township code");
            errors.Text("survey.title", s.Title, 100, required: true);
            errors.Require(s.Questions.Count is >= 1 and <= 20, "survey.questions", "must be 1 to 20");
            for (var i = 0; i < s.Questions.Count; i++)
            {
                errors.Text($"survey.questions[{i}].text", s.Questions[i].Text, 200, required: true);
            }
            errors.Require(s.SampleSize is >= 1 and <= MaxSample, "survey.sample_size", $"must be 1 to {MaxSample}");
            errors.ThrowIfAny();
            SnapshotDesk.ValidateQuarter(s.Year, s.Quarter, clock.Today(), future: true);
        }
        errors.ThrowIfAny();
        var survey = request.Survey!;
        caller.Current.Scope.RequireWrite(survey.TownshipCode, "survey.township_code");
        var (record, _) = await db.CreateOnceAsync<SurveyRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            var record = new SurveyRecord
            {
                RequestId = request.RequestId, TownshipCode = survey.TownshipCode, Year = survey.Year, Quarter = survey.Quarter, Title = survey.Title,
                Questions = [.. survey.Questions.Select(q => q.Text)], SampleSize = survey.SampleSize,
            };
            db.Surveys.Add(record);
            await db.SaveChangesAsync(ct);
            return record;
        }, new(caller.Current.Scope, ResourceType, x => x.TownshipCode, x => x.Id), ct);
        return await ToProtoAsync(record, ct);
    }

    public async Task<Proto.Survey> GetAsync(Proto.GetSurveyRequest request, CancellationToken ct) => await ToProtoAsync(await FindAsync(request.Id, ct, "id"), ct);

    public async Task<Proto.Sample> DrawAsync(Proto.DrawSampleRequest request, CancellationToken ct)
    {
        var survey = await FindAsync(request.SurveyId, ct, "survey_id");
        if (!survey.Drawn)
        {
            var population = await ActiveWomenAsync(survey.TownshipCode, ct);
            var drawn = SampleDraw.Draw(survey.Id, survey.TownshipCode, population.Keys, survey.SampleSize);
            db.SampledWomen.AddRange(drawn.Select((id, i) => new SampledWomanRecord { SurveyId = survey.Id, WomanId = id, VillageCode = population[id], Position = i + 1 }));
            survey.Drawn = true;
            survey.Population = population.Count;
            await db.SaveChangesAsync(ct);
        }
        var women = await db.SampledWomen.AsNoTracking().Where(w => w.SurveyId == survey.Id).OrderBy(w => w.Position).ToListAsync(ct);
        return new Proto.Sample
        {
            SurveyId = survey.Id, Population = survey.Population,
            Women = { women.Select(w => new Proto.SampledWoman { WomanId = w.WomanId, VillageCode = w.VillageCode, Position = w.Position, Answered = w.Answered }) },
        };
    }

    public async Task<Proto.Answers> RecordAnswersAsync(Proto.RecordAnswersRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        if (errors.Require(request.Answers is not null, "answers", "is required"))
        {
            var a = request.Answers!;
            errors.Require(a.WomanId > 0, "answers.woman_id", "is required");
            errors.Defined("answers.method", a.Method, required: true);
            errors.Require(a.Scores.All(s => s is >= SatisfactionRule.Lowest and <= SatisfactionRule.Highest), "answers.scores", "must each be 1 to 5");
        }
        errors.ThrowIfAny();
        var answers = request.Answers!;
        var survey = await FindAsync(answers.SurveyId, ct, "answers.survey_id");
        if (answers.Scores.Count != survey.Questions.Count)
        {
            throw ValidationFailedException.For("answers.scores", $"must give one score per question ({survey.Questions.Count})");
        }
        var woman = await db.SampledWomen.FirstOrDefaultAsync(w => w.SurveyId == survey.Id && w.WomanId == answers.WomanId, ct)
            ?? throw new PreconditionFailedException("Woman {0} was not drawn for survey {1}: only the sampled women answer it.", answers.WomanId, survey.Id);
        if (woman.Answered)
        {
            if (woman.Scores.SequenceEqual(answers.Scores) && woman.Method == answers.Method)
            {
                return ToProto(survey.Id, woman);
            }
            throw new PreconditionFailedException("Woman {0} has answered survey {1} already.", answers.WomanId, survey.Id);
        }
        woman.Method = answers.Method;
        woman.Scores = [.. answers.Scores];
        await db.SaveChangesAsync(ct);
        return ToProto(survey.Id, woman);
    }

    public async Task<Proto.Satisfaction> GetSatisfactionAsync(Proto.GetSatisfactionRequest request, CancellationToken ct)
    {
        var survey = await FindAsync(request.SurveyId, ct, "survey_id");
        var answered = (await db.SampledWomen.AsNoTracking().Where(w => w.SurveyId == survey.Id).ToListAsync(ct)).Where(w => w.Answered).ToList();
        var satisfied = answered.Count(w => SatisfactionRule.Satisfied(w.Scores));
        return new Proto.Satisfaction
        {
            SurveyId = survey.Id, Answered = answered.Count, Satisfied = satisfied, Rate = answered.Count == 0 ? 0 : (double)satisfied / answered.Count,
            QuestionAverages = { survey.Questions.Select((_, i) => answered.Count == 0 ? 0 : Math.Round(answered.Average(w => w.Scores[i]), 2)) },
        };
    }

    /// <summary>The township's active women (id → village), from the Registry with the service's identity; UNAVAILABLE when it does not answer.</summary>
    private async Task<Dictionary<long, string>> ActiveWomenAsync(string township, CancellationToken ct)
    {
        var women = new Dictionary<long, string>();
        var token = "";
        try
        {
            do
            {
                var page = await registry.ListWomenAsync(new ListWomenRequest
                {
                    Filter = new WomenFilter { AreaCode = township, Status = LedgerStatus.Active }, PageSize = 500, PageToken = token,
                }, cancellationToken: ct);
                foreach (var w in page.Women)
                {
                    women[w.Id] = w.VillageCode;
                }
                token = page.NextPageToken;
            }
            while (token.Length > 0);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Registry does not answer; the sample was not drawn, try again later."));
        }
        return women;
    }

    private async Task<SurveyRecord> FindAsync(long id, CancellationToken ct, string field) =>
        await db.FindInScopeAsync<SurveyRecord>(id, s => s.TownshipCode, caller.Current.Scope, ResourceType, ct, field);

    private async Task<Proto.Survey> ToProtoAsync(SurveyRecord s, CancellationToken ct)
    {
        var sampled = await db.SampledWomen.AsNoTracking().Where(w => w.SurveyId == s.Id).ToListAsync(ct);
        return new Proto.Survey
        {
            Id = s.Id, TownshipCode = s.TownshipCode, Year = s.Year, Quarter = s.Quarter, Title = s.Title, SampleSize = s.SampleSize,
            Questions = { s.Questions.Select(q => new Proto.Question { Text = q }) }, Drawn = sampled.Count, Answered = sampled.Count(w => w.Answered),
        };
    }

    private static Proto.Answers ToProto(long surveyId, SampledWomanRecord w) => new()
    {
        SurveyId = surveyId, WomanId = w.WomanId, Method = w.Method, Scores = { w.Scores }, Satisfied = SatisfactionRule.Satisfied(w.Scores),
    };
}
