using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Supervision.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite supervision visit record | close | list, survey create | sample | answer | rate.</summary>
public static class SupervisionOversightCommands
{
    public static SupervisionVisitService.SupervisionVisitServiceClient Visits(Connection connection) => new(connection.Channel(ResourceNames.Supervision));

    public static SurveyService.SurveyServiceClient Surveys(Connection connection) => new(connection.Channel(ResourceNames.Supervision));

    public static Command Visit(CliContext context)
    {
        var county = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var unit = new Option<string>("--unit") { Required = true, Description = "The unit visited: a department code or a township code" };
        var date = new Option<string>("--date") { Required = true, Description = "Date of the visit, yyyy-MM-dd" };
        var findings = new Option<string>("--findings") { Required = true, Description = "What was found (about the unit's work)" };
        var unannounced = new Option<bool>("--unannounced") { Description = "An unannounced visit (暗访)" };
        var rectification = new Option<string>("--rectification") { Description = "The rectification asked for (整改要求)", DefaultValueFactory = _ => "" };
        var deadline = new Option<string?>("--deadline") { Description = "By when, yyyy-MM-dd" };
        var record = new Command("record", "Record a supervision visit") { county, unit, date, findings, unannounced, rectification, deadline };
        SuiteCli.Action(record, context, async (parse, connection, ct) =>
        {
            var v = await Visits(connection).RecordVisitAsync(new RecordVisitRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Visit = new SupervisionVisit
                {
                    CountyCode = parse.GetValue(county)!, Unit = parse.GetValue(unit)!, VisitDate = Dates.Parse(parse.GetValue(date)!, "--date"),
                    Findings = parse.GetValue(findings)!, Unannounced = parse.GetValue(unannounced), Rectification = parse.GetValue(rectification)!,
                    RectificationDeadline = parse.GetValue(deadline) is { } d ? Dates.Parse(d, "--deadline") : null,
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Visit {0} recorded", v.Id));
        });

        var id = new Option<long>("--id") { Required = true, Description = "Visit id" };
        var note = new Option<string>("--note") { Required = true, Description = "How the rectification was done" };
        var close = new Command("close", "Close a visit's rectification (整改销号)") { id, note };
        SuiteCli.Action(close, context, async (parse, connection, ct) =>
        {
            var v = await Visits(connection).CloseRectificationAsync(new CloseRectificationRequest { Id = parse.GetValue(id), ClosingNote = parse.GetValue(note)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Rectification of visit {0} closed on {1}", v.Id, v.ClosedDate.ToIsoString()));
        });

        var listCounty = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var open = new Option<bool>("--open") { Description = "Only visits whose rectification is open" };
        var limit = Pages.LimitOption();
        var list = new Command("list", "Supervision visits of a county, newest first") { listCounty, open, limit };
        SuiteCli.Action(list, context, async (parse, connection, ct) =>
        {
            var visits = await Pages.ReadAsync(parse.GetValue(limit), token => Visits(connection).ListVisitsAsync(new ListVisitsRequest
            {
                CountyCode = parse.GetValue(listCounty)!, OpenOnly = parse.GetValue(open), PageSize = Pages.Size, PageToken = token,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, r => r.Visits, r => r.NextPageToken);
            var areas = await SupervisionCommands.AreasOfUnits(connection, visits.Items.Select(v => v.Unit), ct);
            var table = Tables.With("Id", "Date", "Unit", "Findings", "Rectification", "Deadline", "Closed", "Overdue");
            foreach (var v in visits.Items)
            {
                table.AddRow(v.Id.ToString(), v.VisitDate.ToIsoString() + (v.Unannounced ? Words.T(" (unannounced)") : ""), Markup.Escape(SupervisionCommands.UnitName(v.Unit, areas)),
                    Markup.Escape(v.Findings), Markup.Escape(v.Rectification), v.RectificationDeadline?.ToIsoString() ?? "", v.ClosedDate?.ToIsoString() ?? "", v.Overdue ? Words.YesNo(true) : "");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, visits);
        });
        return new Command("visit", "Supervision visits (专项督导) and rectifications") { record, close, list };
    }

    public static Command Survey(CliContext context)
    {
        var township = new Option<string>("--township") { Required = true, Description = "9-digit township code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var quarter = new Option<int>("--quarter") { Required = true, Description = "Quarter, 1 to 4" };
        var title = new Option<string>("--title") { Required = true, Description = "Title of the survey" };
        var questions = new Option<string[]>("--question") { Required = true, Description = "A question, answered 1 (very dissatisfied) to 5 (very satisfied) (repeat)" };
        var size = new Option<int>("--size") { Required = true, Description = "Women to sample" };
        var create = new Command("create", "Create a satisfaction survey of a township's quarter") { township, year, quarter, title, questions, size };
        SuiteCli.Action(create, context, async (parse, connection, ct) =>
        {
            var s = await Surveys(connection).CreateSurveyAsync(new CreateSurveyRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Survey = new Contracts.Supervision.V1.Survey
                {
                    TownshipCode = parse.GetValue(township)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter), Title = parse.GetValue(title)!,
                    Questions = { parse.GetValue(questions)!.Select(q => new Question { Text = q }) }, SampleSize = parse.GetValue(size),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Survey {0}: {1}, {2} questions, {3} women to sample", s.Id, s.Title, s.Questions.Count, s.SampleSize));
        });

        var sampleId = new Option<long>("--id") { Required = true, Description = "Survey id" };
        var sample = new Command("sample", "Draw (once) and show a survey's sample: the women to interview") { sampleId };
        SuiteCli.Action(sample, context, async (parse, connection, ct) =>
        {
            var s = await Surveys(connection).DrawSampleAsync(new DrawSampleRequest { SurveyId = parse.GetValue(sampleId) }, connection.Headers(), cancellationToken: ct);
            var names = await new WomenNames(connection, ct).LoadAsync(s.Women.Select(w => w.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(s.Women.Select(w => w.VillageCode));
            var table = Tables.With("No.", "Woman", "Name", "Village", "Answered");
            foreach (var w in s.Women)
            {
                table.AddRow(w.Position.ToString(), w.WomanId.ToString(), Markup.Escape(names.Name(w.WomanId)), Markup.Escape(areas.Label(w.VillageCode)), w.Answered ? Words.YesNo(true) : "");
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("{0} women drawn from {1} in the ledger", s.Women.Count, s.Population));
        });

        var answerId = new Option<long>("--id") { Required = true, Description = "Survey id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var method = new Option<string>("--method") { Required = true, Description = SupervisionLabels.Method.Choices };
        var scores = new Option<string>("--scores") { Required = true, Description = "One score 1 to 5 per question, in order, e.g. 5,4,5" };
        var answer = new Command("answer", "Record a sampled woman's answers") { answerId, woman, method, scores };
        SuiteCli.Action(answer, context, async (parse, connection, ct) =>
        {
            var values = parse.GetValue(scores)!.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.TryParse(s, out var v) ? v : throw new CliException(Words.F("--scores: {0} is not a whole number", s))).ToList();
            var a = await Surveys(connection).RecordAnswersAsync(new RecordAnswersRequest
            {
                Answers = new Answers
                {
                    SurveyId = parse.GetValue(answerId), WomanId = parse.GetValue(woman), Method = EnumText.Parse(SupervisionLabels.Method, parse.GetValue(method)!, "--method"), Scores = { values },
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Answers recorded: woman {0}, {1}", a.WomanId, a.Satisfied ? Words.T("satisfied") : Words.T("not satisfied")));
        });

        var rateId = new Option<long>("--id") { Required = true, Description = "Survey id" };
        var rate = new Command("rate", "A survey's satisfaction rate") { rateId };
        SuiteCli.Action(rate, context, async (parse, connection, ct) =>
        {
            var client = Surveys(connection);
            var s = await client.GetSurveyAsync(new GetSurveyRequest { Id = parse.GetValue(rateId) }, connection.Headers(), cancellationToken: ct);
            var r = await client.GetSatisfactionAsync(new GetSatisfactionRequest { SurveyId = s.Id }, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Question", "Average score");
            for (var i = 0; i < s.Questions.Count; i++)
            {
                table.AddRow(Markup.Escape(s.Questions[i].Text), r.QuestionAverages[i].ToString("0.00", CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("Satisfaction: {0} of {1} women satisfied ({2})", r.Satisfied, r.Answered, SupervisionLabels.Percent(r.Rate)));
        });
        return new Command("survey", "Satisfaction surveys (满意度调查): questionnaires, the sample, answers, the rate") { create, sample, answer, rate };
    }
}
