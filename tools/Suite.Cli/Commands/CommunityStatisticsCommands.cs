using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite community stats --area A --from D --to D: the figures of an area and period, withheld counselling counts shown as such.</summary>
public static class CommunityStatisticsCommands
{
    public static IEnumerable<Command> All(CliContext context) => [Stats(context)];

    private static Command Stats(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var from = new Option<string>("--from") { Required = true, Description = "From, yyyy-MM-dd" };
        var to = new Option<string>("--to") { Required = true, Description = "To, yyyy-MM-dd" };
        var command = new Command("stats", "Places, activities, women reached, counselling, volunteers, projects, commendation and village self-government of a period") { area, from, to };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var s = await Client(connection).GetCommunityStatisticsAsync(new GetCommunityStatisticsRequest
            {
                AreaCode = parse.GetValue(area)!, FromDate = Dates.Parse(parse.GetValue(from)!, "--from"), ToDate = Dates.Parse(parse.GetValue(to)!, "--to"),
            }, connection.Headers(), cancellationToken: ct);
            var where = s.AreaCode.Length == 0 ? Words.T("the whole province") : await new AreaNames(connection, ct).LabelAsync(s.AreaCode);
            await context.Out.WriteLineAsync(Words.F("Community figures of {0}, {1} to {2}", where, parse.GetValue(from), parse.GetValue(to)));
            var places = Tables.With("Place kind", "Places in use");
            foreach (var p in s.Places)
            {
                places.AddRow(Markup.Escape(Words.Name(CommunityLabels.Place, p.Kind)), Count(p.Places));
            }
            context.Console.Write(places);
            var withheld = s.Suppressed.ToHashSet();
            string Sensitive(long value, string field) => withheld.Contains(field) ? Words.T("withheld (small count)") : Count(value);
            var table = Tables.With("Item", "Number");
            (string Figure, string Value)[] rows =
            [
                ("Places in use that held an activity", Count(s.PlacesWithActivities)),
                ("Activities held", Count(s.Activities)),
                ("Person-times at activities", Count(s.ActivityPersonTimes)),
                ("Women reached", Count(s.WomenReached)),
                ("Counselling sessions", Sensitive(s.CounsellingSessions, "counselling_sessions")),
                ("Women counselled", Sensitive(s.WomenCounselled, "women_counselled")),
                ("Counselling follow-ups due", Sensitive(s.CounsellingFollowUpsDue, "counselling_follow_ups_due")),
                ("Volunteer teams", Count(s.VolunteerTeams)),
                ("Volunteers", Count(s.Volunteers)),
                ("Volunteers who served", Count(s.VolunteersServing)),
                ("Volunteer service hours", s.VolunteerHours.ToString("0.#", CultureInfo.InvariantCulture)),
                ("Executive pairings open", Count(s.ExecutivePairings)),
                ("Social organisations", Count(s.Organisations)),
                ("Purchased-service projects", Count(s.Projects)),
                ("Their budgets, yuan", Count(s.ProjectBudgetYuan)),
                ("Nominations", Count(s.Nominations)),
                ("Awarded", Count(s.Awards)),
                ("Women candidates in village-committee elections", Count(s.WomenCandidates)),
                ("Women elected", Count(s.WomenElected)),
                ("Seats of those elections", Count(s.CommitteeSeats)),
                ("Women on village boards", Count(s.WomenOnBoards)),
            ];
            foreach (var (figure, value) in rows)
            {
                table.AddRow(Markup.Escape(Words.T(figure)), Markup.Escape(value));
            }
            context.Console.Write(table);
            if (withheld.Count > 0)
            {
                await context.Out.WriteLineAsync(Words.T("Small counts of counselling are withheld from whoever may not see sensitive matters."));
            }
        });
        return command;
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static CommunityStatisticsService.CommunityStatisticsServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Community));
}
