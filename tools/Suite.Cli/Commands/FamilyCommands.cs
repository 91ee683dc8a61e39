using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>
/// suite family venue-add | venues | activity-add | activities | sign-in | others, and the guidance commands of
/// <see cref="FamilyGuidanceCommands"/>.
/// </summary>
public static class FamilyCommands
{
    public static Command Create(CliContext context)
    {
        var family = new Command("family", "Family education (妇联牵头): venues, activities and sign-in sheets, one-to-one guidance, households with minor children, concerns")
        {
            VenueAdd(context), Venues(context), ActivityAdd(context), Activities(context), SignIn(context), Others(context),
        };
        foreach (var command in FamilyGuidanceCommands.All(context))
        {
            family.Subcommands.Add(command);
        }
        return family;
    }

    private static Command VenueAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Venue name" };
        var kind = new Option<string>("--kind") { Required = true, Description = FamilyEducationLabels.Venue.Choices };
        var area = new Option<string>("--area") { Required = true, Description = "Township (9) or village (12 digits) code" };
        var keeper = new Option<string>("--keeper") { Required = true, Description = "Who keeps it" };
        var command = new Command("venue-add", "Record a venue (家长学校, 指导站, 妇女之家, 儿童之家, 线上平台)") { name, kind, area, keeper };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var venue = await ActivityClient(connection).CreateVenueAsync(new CreateVenueRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Venue = new Venue { Name = parse.GetValue(name)!, Kind = EnumText.Parse(FamilyEducationLabels.Venue, parse.GetValue(kind)!, "--kind"), AreaCode = parse.GetValue(area)!, Keeper = parse.GetValue(keeper)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Venue {0} recorded: {1} ({2}, {3}), place {4} of the register", venue.Id, venue.Name, Words.Name(FamilyEducationLabels.Venue, venue.Kind),
                await new AreaNames(connection, ct).LabelAsync(venue.AreaCode), venue.PlaceId));
        });
        return command;
    }

    private static Command Venues(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("venues", "Venues of an area") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => ActivityClient(connection).ListVenuesAsync(new ListVenuesRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Venues, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(v => v.AreaCode));
            var table = Tables.With("Id", "Venue", "Kind", "Area", "Keeper", "Register id");
            foreach (var v in list.Items)
            {
                table.AddRow(v.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(v.Name), Words.Name(FamilyEducationLabels.Venue, v.Kind), Markup.Escape(areas.Label(v.AreaCode)), Markup.Escape(v.Keeper),
                    v.PlaceId > 0 ? v.PlaceId.ToString(CultureInfo.InvariantCulture) : Words.T("waiting to move"));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command ActivityAdd(CliContext context)
    {
        var venue = new Option<long>("--venue") { Description = "Venue id" };
        var place = new Option<long>("--place") { Description = "Place id of the register (instead of --venue)" };
        var kind = new Option<string>("--kind") { Required = true, Description = FamilyEducationLabels.Activity.Choices };
        var date = new Option<string>("--date") { Required = true, Description = "Date held, yyyy-MM-dd" };
        var topic = new Option<string>("--topic") { Required = true, Description = "Topic" };
        var speaker = new Option<string>("--speaker") { Required = true, Description = "Speaker or agency" };
        var capacity = new Option<int>("--capacity") { Required = true, Description = "Places" };
        var command = new Command("activity-add", "Record an activity at a venue (讲座, 家长课堂, 亲子活动 …)") { venue, place, kind, date, topic, speaker, capacity };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var a = await ActivityClient(connection).CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Activity = new Activity
                {
                    VenueId = parse.GetValue(venue), PlaceId = parse.GetValue(place), Kind = EnumText.Parse(FamilyEducationLabels.Activity, parse.GetValue(kind)!, "--kind"), Date = Dates.Parse(parse.GetValue(date)!, "--date"),
                    Topic = parse.GetValue(topic)!, Speaker = parse.GetValue(speaker)!, Capacity = parse.GetValue(capacity),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Activity {0} recorded: {1} {2} “{3}”", a.Id, a.Date.ToIsoString(), Words.Name(FamilyEducationLabels.Activity, a.Kind), a.Topic));
        });
        return command;
    }

    private static Command Activities(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var from = new Option<string?>("--from") { Description = "From, yyyy-MM-dd" };
        var to = new Option<string?>("--to") { Description = "To, yyyy-MM-dd" };
        var command = new Command("activities", "Activities of an area, newest first") { area, from, to };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new ListActivitiesRequest { AreaCode = parse.GetValue(area)! };
            if (parse.GetValue(from) is { } f)
            {
                request.FromDate = Dates.Parse(f, "--from");
            }
            if (parse.GetValue(to) is { } t)
            {
                request.ToDate = Dates.Parse(t, "--to");
            }
            var list = await ActivityClient(connection).ListActivitiesAsync(request, connection.Headers(), cancellationToken: ct);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Activities.Select(a => a.AreaCode));
            var table = Tables.With("Id", "Date", "Kind", "Topic", "Area", "On the ledger", "Others");
            foreach (var a in list.Activities)
            {
                table.AddRow(a.Id.ToString(CultureInfo.InvariantCulture), a.Date.ToIsoString(), Words.Name(FamilyEducationLabels.Activity, a.Kind), Markup.Escape(a.Topic), Markup.Escape(areas.Label(a.AreaCode)),
                    a.RegisteredAttendance.ToString(CultureInfo.InvariantCulture), a.OtherParticipants.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static Command SignIn(CliContext context)
    {
        var activity = new Option<long>("--activity") { Required = true, Description = "Activity id" };
        var file = new Argument<string>("FILE") { Description = SignInSheets.FileDescription };
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
            var a = await ActivityClient(connection).RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = parse.GetValue(activity), Count = parse.GetValue(count) },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Activity {0}: {1} on the ledger, {2} others", a.Id, a.RegisteredAttendance, a.OtherParticipants));
        });
        return command;
    }

    public static ActivityService.ActivityServiceClient ActivityClient(Connection connection) => new(connection.Channel(ResourceNames.FamilyEducation));
}
