using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite community activities add | list | show | sign-in | others: activities at the places of the register and their sign-in sheets.</summary>
public static class CommunityActivityCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        CommunityCommands.Group("activities", "Activities at the places (文体活动, 送文化下乡, 数字技能和防诈骗课堂, 三八节) and their sign-in sheets",
            Add(context), List(context), Show(context), SignIn(context), Others(context)),
    ];

    public static CommunityActivityService.CommunityActivityServiceClient ActivityClient(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static Command Add(CliContext context)
    {
        var place = new Option<long>("--place") { Required = true, Description = "Place id (of the register)" };
        var kind = new Option<string>("--kind") { Required = true, Description = CommunityLabels.Activity.Choices };
        var date = new Option<string>("--date") { Required = true, Description = "Date held, yyyy-MM-dd" };
        var topic = new Option<string>("--topic") { Required = true, Description = "Topic" };
        var organiser = new Option<string>("--organiser") { Required = true, Description = "Who organised it" };
        var capacity = new Option<int>("--capacity") { Required = true, Description = "Places" };
        var others = new Option<int>("--others") { Description = "Participants not on the ledger", DefaultValueFactory = _ => 0 };
        var command = new Command("add", "Record an activity at a place") { place, kind, date, topic, organiser, capacity, others };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var a = await ActivityClient(connection).CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Activity = new Activity
                {
                    PlaceId = parse.GetValue(place), Kind = EnumText.Parse(CommunityLabels.Activity, parse.GetValue(kind)!, "--kind"), Date = Dates.Parse(parse.GetValue(date)!, "--date"),
                    Topic = parse.GetValue(topic)!, Organiser = parse.GetValue(organiser)!, Capacity = parse.GetValue(capacity), OtherParticipants = parse.GetValue(others),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Activity {0} recorded: {1} {2} “{3}”", a.Id, a.Date.ToIsoString(), Words.Name(CommunityLabels.Activity, a.Kind), a.Topic));
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var from = new Option<string?>("--from") { Description = "From, yyyy-MM-dd" };
        var to = new Option<string?>("--to") { Description = "To, yyyy-MM-dd" };
        var kind = new Option<string?>("--kind") { Description = CommunityLabels.Activity.Choices };
        var limit = Pages.LimitOption();
        var command = new Command("list", "Activities of an area, newest first") { area, from, to, kind, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new ListActivitiesRequest { AreaCode = parse.GetValue(area)!, PageSize = Pages.Size };
            request.Kind = parse.GetValue(kind) is { } k ? EnumText.Parse(CommunityLabels.Activity, k, "--kind") : ActivityKind.Unspecified;
            if (parse.GetValue(from) is { } f)
            {
                request.FromDate = Dates.Parse(f, "--from");
            }
            if (parse.GetValue(to) is { } t)
            {
                request.ToDate = Dates.Parse(t, "--to");
            }
            var list = await Pages.ReadAsync(parse.GetValue(limit), token =>
            {
                var page = request.Clone();
                page.PageToken = token;
                return ActivityClient(connection).ListActivitiesAsync(page, connection.Headers(), cancellationToken: ct).ResponseAsync;
            }, p => p.Activities, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(a => a.AreaCode));
            var table = Tables.With("Id", "Date", "Kind", "Topic", "Area", "Place", "On the ledger", "Others");
            foreach (var a in list.Items)
            {
                table.AddRow(a.Id.ToString(CultureInfo.InvariantCulture), a.Date.ToIsoString(), Words.Name(CommunityLabels.Activity, a.Kind), Markup.Escape(a.Topic),
                    Markup.Escape(areas.Label(a.AreaCode)), a.PlaceId.ToString(CultureInfo.InvariantCulture),
                    a.RegisteredAttendance.ToString(CultureInfo.InvariantCulture), a.OtherParticipants.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Activity id" };
        var command = new Command("show", "One activity: where, when, who organised it, attendance") { id };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var a = await ActivityClient(connection).GetActivityAsync(new GetActivityRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var place = await CommunityCommands.PlaceClient(connection).GetPlaceAsync(new GetPlaceRequest { Id = a.PlaceId }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Activity {0}: {1} {2} “{3}”", a.Id, a.Date.ToIsoString(), Words.Name(CommunityLabels.Activity, a.Kind), a.Topic));
            await context.Out.WriteLineAsync(Words.F("Place: {0} ({1}); organiser: {2}; places {3}", place.Name, await new AreaNames(connection, ct).LabelAsync(a.AreaCode), a.Organiser, a.Capacity));
            await context.Out.WriteLineAsync(Words.F("Activity {0}: {1} on the ledger, {2} others", a.Id, a.RegisteredAttendance, a.OtherParticipants));
        });
        return command;
    }

    private static Command SignIn(CliContext context)
    {
        var activity = new Option<long>("--activity") { Required = true, Description = "Activity id" };
        var file = new Option<string>("--file") { Required = true, Description = SignInSheets.FileDescription };
        var rejectedFile = new Option<string?>("--rejected") { Description = SignInSheets.RejectedDescription };
        var command = new Command("sign-in", "Record the registered women of a sign-in sheet; rejected rows go to a file with their reasons") { activity, file, rejectedFile };
        SuiteCli.Action(command, context, (parse, connection, ct) =>
            SignInSheets.ImportAsync(context, Path.GetFullPath(parse.GetValue(file)!, context.WorkingDirectory), parse.GetValue(rejectedFile), parse.GetValue(activity),
                () => ActivityClient(connection).ImportSignInSheet(connection.Headers(), cancellationToken: ct), ct));
        return command;
    }

    private static Command Others(CliContext context)
    {
        var activity = new Option<long>("--activity") { Required = true, Description = "Activity id" };
        var count = new Option<int>("--count") { Required = true, Description = "Participants not on the ledger" };
        var command = new Command("others", "Set how many participants not on the ledger attended") { activity, count };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = ActivityClient(connection);
            var read = await client.GetActivityAsync(new GetActivityRequest { Id = parse.GetValue(activity) }, connection.Headers(), cancellationToken: ct);
            var a = await client.RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = read.Id, Etag = read.Etag, Count = parse.GetValue(count) },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Activity {0}: {1} on the ledger, {2} others", a.Id, a.RegisteredAttendance, a.OtherParticipants));
        });
        return command;
    }
}
