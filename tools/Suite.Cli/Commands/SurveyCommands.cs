using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Commands;

/// <summary>suite survey start | status | verify: the quarterly survey (摸排).</summary>
public static class SurveyCommands
{
    public static Command Create(CliContext context)
    {
        var county = new Option<string>("--county") { Description = "6-digit county code", Required = true };
        var year = new Option<int>("--year") { Description = "Year", Required = true };
        var quarter = new Option<int>("--quarter") { Description = "Quarter 1-4", Required = true };
        var start = new Command("start", "Open the survey round of a county for a quarter") { county, year, quarter };
        SuiteCli.Action(start, context, async (parse, connection, ct) =>
        {
            var round = await Client(connection).StartSurveyRoundAsync(new StartSurveyRoundRequest
            {
                CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter), StartedBy = Environment.UserName,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Survey round {0} opened: county {1}, {2} Q{3}.", round.Id, await new AreaNames(connection, ct).LabelAsync(round.CountyCode), round.Year, round.Quarter));
        });

        var roundId = new Argument<long>("round") { Description = "Survey round id" };
        var status = new Command("status", "Coverage of a round per village") { roundId };
        SuiteCli.Action(status, context, async (parse, connection, ct) =>
        {
            var coverage = await Client(connection).GetSurveyCoverageAsync(new GetSurveyCoverageRequest { RoundId = parse.GetValue(roundId) }, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Village", "Name", "Active women", "Verified");
            foreach (var v in coverage.Villages.Where(v => v.ActiveWomen > 0))
            {
                table.AddRow(v.VillageCode, Markup.Escape(v.VillageName), v.ActiveWomen.ToString(), v.Verified.ToString());
            }
            context.Console.Write(table);
            context.Console.WriteLine(Words.F("{0} of {1} women verified; villages not started: {2}", coverage.Verified, coverage.ActiveWomen, coverage.UnverifiedVillages.Count));
        });

        var woman = new Argument<long>("woman") { Description = "Woman id" };
        var verify = new Command("verify", "Mark a woman verified in a round") { roundId, woman };
        SuiteCli.Action(verify, context, async (parse, connection, ct) =>
        {
            var verification = await Client(connection).VerifyWomanAsync(new VerifyWomanRequest
            {
                RoundId = parse.GetValue(roundId), WomanId = parse.GetValue(woman), VerifiedBy = Environment.UserName,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Woman {0} verified in round {1}.", verification.WomanId, verification.RoundId));
        });
        return new Command("survey", "The quarterly survey (摸排)") { start, status, verify };
    }

    private static SurveyService.SurveyServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Registry));
}
