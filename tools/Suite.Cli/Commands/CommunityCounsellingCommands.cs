using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>
/// suite community counselling counsellor-add | counsellors | book | record | sessions | follow-ups | notes: emotional care
/// at counselling points. Lists show the fact of a session; only `notes` shows what was written, and only to the point's counsellors.
/// </summary>
public static class CommunityCounsellingCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        CommunityCommands.Group("counselling", "Counselling (心理疏导): counsellors of counselling points, bookings, individual and group sessions, follow-ups, notes",
            CounsellorAdd(context), Counsellors(context), Book(context), Record(context), Sessions(context), FollowUps(context), Notes(context)),
    ];

    private static CounsellingService.CounsellingServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Command CounsellorAdd(CliContext context)
    {
        var point = new Option<long>("--point") { Required = true, Description = "Counselling point id" };
        var subject = new Option<string>("--subject") { Required = true, Description = "The counsellor's staff account (the sub of their token)" };
        var name = new Option<string>("--name") { Required = true, Description = "The counsellor's name" };
        var qualification = new Option<string>("--qualification") { Description = "Qualification", DefaultValueFactory = _ => "" };
        var command = new Command("counsellor-add", "List a counsellor at a counselling point (who may read its notes)") { point, subject, name, qualification };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var c = await Client(connection).AddCounsellorAsync(new AddCounsellorRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Counsellor = new Counsellor { PointId = parse.GetValue(point), Subject = parse.GetValue(subject)!, Name = parse.GetValue(name)!, Qualification = parse.GetValue(qualification)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Counsellor {0} listed at counselling point {1}: {2} ({3})", c.Id, c.PointId, c.Name, c.Subject));
        });
        return command;
    }

    private static Command Counsellors(CliContext context)
    {
        var point = new Option<long>("--point") { Required = true, Description = "Counselling point id" };
        var limit = Pages.LimitOption();
        var command = new Command("counsellors", "The counsellors of a counselling point") { point, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListCounsellorsAsync(new ListCounsellorsRequest { PointId = parse.GetValue(point), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Counsellors, p => p.NextPageToken);
            var table = Tables.With("Id", "Name", "Staff account", "Qualification");
            foreach (var c in list.Items)
            {
                table.AddRow(Id(c.Id), Markup.Escape(c.Name), Markup.Escape(c.Subject), Markup.Escape(c.Qualification));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Book(CliContext context)
    {
        var point = new Option<long>("--point") { Required = true, Description = "Counselling point id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var date = new Option<string>("--date") { Required = true, Description = "Date booked, yyyy-MM-dd" };
        var source = new Option<string>("--source") { Description = $"Where the need came from: {CommunityLabels.CounsellingSource.Choices}", DefaultValueFactory = _ => "本人求助" };
        var referral = new Option<long>("--referral") { Description = "The referral received for her (accepted by the booking)" };
        var command = new Command("book", "Book a registered woman at a counselling point") { point, woman, date, source, referral };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var b = await Client(connection).BookCounsellingSessionAsync(new BookCounsellingSessionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), PointId = parse.GetValue(point), WomanId = parse.GetValue(woman), Date = Dates.Parse(parse.GetValue(date)!, "--date"),
                Source = EnumText.Parse(CommunityLabels.CounsellingSource, parse.GetValue(source)!, "--source"), ReferralId = parse.GetValue(referral),
            }, connection.Headers(), cancellationToken: ct);
            var accepted = b.ReferralId > 0 ? Words.F(", referral {0} accepted", b.ReferralId) : "";
            await context.Out.WriteLineAsync(Words.F("Booking {0} made: woman {1} at counselling point {2} on {3}", b.Id, b.WomanId, b.PointId, b.Date.ToIsoString()) + accepted);
        });
        return command;
    }

    private static Command Record(CliContext context)
    {
        var booking = new Option<long>("--booking") { Description = "An individual session: the booking it holds" };
        var point = new Option<long>("--point") { Description = "A group session: the counselling point" };
        var women = new Option<long[]>("--woman") { Description = "A group session: Registry id of a woman who attended (repeat)" };
        var others = new Option<int>("--others") { Description = "A group session: participants not on the ledger" };
        var date = new Option<string>("--date") { Required = true, Description = "Date held, yyyy-MM-dd" };
        var topic = new Option<string>("--topic") { Required = true, Description = CommunityLabels.CounsellingTopic.Choices };
        var notes = new Option<string>("--notes") { Description = "Notes (confidential: read only by the point's counsellors)", DefaultValueFactory = _ => "" };
        var followUp = new Option<string?>("--follow-up") { Description = "Follow-up date, yyyy-MM-dd" };
        var command = new Command("record", "Record an individual session (--booking) or a group session (--point, --woman, --others)") { booking, point, women, others, date, topic, notes, followUp };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new RecordCounsellingSessionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Kind = parse.GetValue(booking) > 0 ? CounsellingSessionKind.Individual : CounsellingSessionKind.Group,
                BookingId = parse.GetValue(booking), PointId = parse.GetValue(point), WomanIds = { parse.GetValue(women) ?? [] }, OtherParticipants = parse.GetValue(others),
                Date = Dates.Parse(parse.GetValue(date)!, "--date"), Topic = EnumText.Parse(CommunityLabels.CounsellingTopic, parse.GetValue(topic)!, "--topic"), Notes = parse.GetValue(notes)!,
            };
            if (parse.GetValue(followUp) is { } f)
            {
                request.FollowUpDate = Dates.Parse(f, "--follow-up");
            }
            var s = await Client(connection).RecordCounsellingSessionAsync(request, connection.Headers(), cancellationToken: ct);
            var next = s.FollowUpDate is null ? "" : Words.F(", follow-up on {0}", s.FollowUpDate.ToIsoString());
            await context.Out.WriteLineAsync(Words.F("Counselling session {0} recorded: {1} on {2}, {3}, {4} women on the ledger and {5} others",
                s.Id, Words.Name(CommunityLabels.CounsellingKind, s.Kind), s.Date.ToIsoString(), Words.Name(CommunityLabels.CounsellingTopic, s.Topic), s.WomanIds.Count, s.OtherParticipants) + next);
        });
        return command;
    }

    private static Command Sessions(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var point = new Option<long>("--point") { Description = "Only this counselling point" };
        var from = new Option<string?>("--from") { Description = "From, yyyy-MM-dd" };
        var to = new Option<string?>("--to") { Description = "To, yyyy-MM-dd" };
        var limit = Pages.LimitOption();
        var command = new Command("sessions", "Counselling sessions of an area or a point, newest first (never their notes)") { area, point, from, to, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new ListCounsellingSessionsRequest { AreaCode = parse.GetValue(area)!, PointId = parse.GetValue(point), PageSize = Pages.Size };
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
                return Client(connection).ListCounsellingSessionsAsync(page, connection.Headers(), cancellationToken: ct).ResponseAsync;
            }, p => p.Sessions, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.SelectMany(s => s.WomanIds));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(s => s.AreaCode));
            var table = Tables.With("Id", "Date", "Point", "Area", "Kind", "Topic", "Women", "Others", "Follow-up");
            foreach (var s in list.Items)
            {
                var women = string.Join("、", s.WomanIds.Select(id => names.Name(id) is { Length: > 0 } name ? $"{name}({Id(id)})" : Id(id)));
                table.AddRow(Id(s.Id), s.Date.ToIsoString(), Id(s.PointId), Markup.Escape(areas.Label(s.AreaCode)), Words.Name(CommunityLabels.CounsellingKind, s.Kind),
                    Words.Name(CommunityLabels.CounsellingTopic, s.Topic), Markup.Escape(women), s.OtherParticipants.ToString(CultureInfo.InvariantCulture),
                    s.FollowUpDate is null ? "" : s.FollowUpDate.ToIsoString() + (s.FollowedUp ? Words.T(" (taken up)") : ""));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command FollowUps(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var within = new Option<int>("--within") { Description = "Also what falls due within this many days" };
        var limit = Pages.LimitOption();
        var command = new Command("follow-ups", "Bookings and follow-ups of counselling due or overdue") { area, within, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest
            {
                AreaCode = parse.GetValue(area)!, WithinDays = parse.GetValue(within), PageToken = token, PageSize = Pages.Size,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.FollowUps, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(f => f.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(f => f.AreaCode));
            var table = Tables.With("Due", "What", "Id", "Point", "Area", "Woman", "Name", "Overdue");
            foreach (var f in list.Items)
            {
                table.AddRow(f.DueDate.ToIsoString(), Words.Name(CommunityLabels.CounsellingFollowUp, f.Kind), Id(f.Id), Id(f.PointId), Markup.Escape(areas.Label(f.AreaCode)),
                    f.WomanId > 0 ? Id(f.WomanId) : "", Markup.Escape(names.Name(f.WomanId)), Words.YesNo(f.Overdue));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
            await context.Out.WriteLineAsync(Words.F("{0} due, {1} of them overdue", list.Items.Count, list.Items.Count(f => f.Overdue)));
        });
        return command;
    }

    private static Command Notes(CliContext context)
    {
        var session = new Option<long>("--session") { Required = true, Description = "Counselling session id" };
        var command = new Command("notes", "A session's notes (only for a counsellor of its point; every request is audited)") { session };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var notes = await Client(connection).GetSessionNotesAsync(new GetSessionNotesRequest { SessionId = parse.GetValue(session) }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(notes.Notes.Length > 0 ? notes.Notes : Words.T("No notes were written."));
        });
        return command;
    }
}
