using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Employment.V1;

namespace Suite.Cli.Commands;

/// <summary>suite jobs placements | end: the women at work in an area, and ending a placement.</summary>
public static class PlacementCommands
{
    public static IEnumerable<Command> Create(CliContext context) => [List(context), End(context)];

    private static Command List(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var all = new Option<bool>("--all") { Description = "Ended placements too" };
        var limit = Pages.LimitOption();
        var command = new Command("placements", "Women placed in posts in an area, newest first (those still at work unless --all)") { area, all, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = new JobService.JobServiceClient(connection.Channel(ResourceNames.Employment));
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => client.ListPlacementsAsync(new ListPlacementsRequest
            {
                AreaCode = parse.GetValue(area)!, CurrentOnly = !parse.GetValue(all), PageToken = token, PageSize = Pages.Size,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Placements, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(p => p.WomanId));
            var table = Tables.With("Id", "Woman", "Name", "Post", "Start", "Monthly pay (yuan)", "End");
            foreach (var p in list.Items)
            {
                table.AddRow(p.Id.ToString(), p.WomanId.ToString(), Markup.Escape(names.Name(p.WomanId)), p.PostId.ToString(), p.StartDate.ToIsoString(), p.MonthlyPayYuan.ToString(),
                    p.EndDate is null ? "" : Markup.Escape($"{p.EndDate.ToIsoString()} {p.EndReason}"));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command End(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Placement id" };
        var date = new Option<string>("--date") { Required = true, Description = "Last day, yyyy-MM-dd" };
        var reason = new Option<string>("--reason") { Required = true, Description = "Why it ended" };
        var command = new Command("end", "End a placement (she left the post)") { id, date, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = new JobService.JobServiceClient(connection.Channel(ResourceNames.Employment));
            var current = await client.GetPlacementAsync(new GetPlacementRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var ended = await client.EndPlacementAsync(new EndPlacementRequest
            {
                Id = current.Id, Etag = current.Etag, EndDate = Dates.Parse(parse.GetValue(date)!, "--date"), Reason = parse.GetValue(reason)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Placement {0} ended on {1}: {2}", ended.Id, ended.EndDate.ToIsoString(), ended.EndReason));
        });
        return command;
    }
}
