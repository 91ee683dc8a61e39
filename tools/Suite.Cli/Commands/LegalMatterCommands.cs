using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts.LegalAid.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite legal add | list | get | assign | advance | colour | follow-up | overdue.</summary>
public static class LegalMatterCommands
{
    public static IEnumerable<Command> Create(CliContext context) =>
        [Add(context), List(context), Get(context), Assign(context), Advance(context), Colour(context), FollowUp(context), Overdue(context)];

    private static Command Add(CliContext context)
    {
        var channel = new Option<string>("--channel") { Description = $"How it came in: {LegalAidLabels.Channel.Choices}", Required = true };
        var kind = new Option<string>("--kind") { Description = $"What it is about: {LegalAidLabels.Kind.Choices}", Required = true };
        var woman = new Option<long>("--woman") { Description = "Registry id of the woman (omit for an anonymous caller)" };
        var area = new Option<string>("--area") { Description = "Anonymous caller: village (12) or township (9 digits) code", DefaultValueFactory = _ => "" };
        var contact = new Option<string>("--contact") { Description = "Anonymous caller: name and how to reach her", DefaultValueFactory = _ => "" };
        var narrative = new Option<string>("--narrative") { Description = "What happened", Required = true };
        var due = new Option<int>("--due-days") { Description = "Days until it is due (default 15)" };
        var command = new Command("add", "Record a matter (a hotline call, a visit, a referral)") { channel, kind, woman, area, contact, narrative, due };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var matter = await LegalCommands.Matters(connection).CreateMatterAsync(new CreateMatterRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Channel = EnumText.Parse(LegalAidLabels.Channel, parse.GetValue(channel)!, "--channel"),
                Kind = EnumText.Parse(LegalAidLabels.Kind, parse.GetValue(kind)!, "--kind"),
                WomanId = parse.GetValue(woman), AreaCode = parse.GetValue(area)!, Contact = parse.GetValue(contact)!,
                Narrative = parse.GetValue(narrative)!, DueInDays = parse.GetValue(due),
            }, connection.Headers(), cancellationToken: ct);
            var kindText = matter.DetailsWithheld ? Words.T("(sensitive)") : Words.Name(LegalAidLabels.Kind, matter.Kind);
            await context.Out.WriteLineAsync(Words.F("Matter {0} received: {1}, {2}, due {3}", matter.Id, kindText, await new AreaNames(connection, ct).LabelAsync(matter.AreaCode), matter.DueDate));
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var status = new Option<string?>("--status") { Description = LegalAidLabels.Status.Choices };
        var kind = new Option<string?>("--kind") { Description = LegalAidLabels.Kind.Choices };
        var command = new Command("list", "Matters of an area, newest first") { area, status, kind };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await LegalCommands.Matters(connection).ListMattersAsync(new ListMattersRequest
            {
                AreaCode = parse.GetValue(area)!, PageSize = 200,
                Status = parse.GetValue(status) is { } s ? EnumText.Parse(LegalAidLabels.Status, s, "--status") : MatterStatus.Unspecified,
                Kind = parse.GetValue(kind) is { } k ? EnumText.Parse(LegalAidLabels.Kind, k, "--kind") : MatterKind.Unspecified,
            }, connection.Headers(), cancellationToken: ct);
            WriteTable(context, list.Matters);
        });
        return command;
    }

    private static Command Get(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Matter id" };
        var purpose = new Option<string>("--purpose") { Description = "Why you read it (needed for the details of a sensitive matter; kept in the audit log)", DefaultValueFactory = _ => "" };
        var command = new Command("get", "One matter with its history") { id, purpose };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var m = await LegalCommands.Matters(connection).GetMatterAsync(new GetMatterRequest { Id = parse.GetValue(id), Purpose = parse.GetValue(purpose)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Matter {0}  {1}  {2}  due {3}", m.Id, await new AreaNames(connection, ct).LabelAsync(m.AreaCode), Words.Name(LegalAidLabels.Status, m.Status), m.DueDate));
            if (m.DetailsWithheld)
            {
                await context.Out.WriteLineAsync(Words.T(m.Sensitive ? "A sensitive matter: only its handler, justice and public security see the details (say why with --purpose)." : "Details not shown."));
                return;
            }
            await context.Out.WriteLineAsync(Words.F("Kind: {0}  Channel: {1}  Woman: {2}", Words.Name(LegalAidLabels.Kind, m.Kind), Words.Name(LegalAidLabels.Channel, m.Channel), m.WomanId == 0 ? Words.T("anonymous") : m.WomanId));
            await context.Out.WriteLineAsync(Words.F("Handler: {0}  Risk: {1} {2}", m.HandlerName.Length == 0 ? Words.T("not assigned") : m.HandlerName, Words.Name(LegalAidLabels.Colour, m.RiskColour), m.RiskReason));
            if (m.Contact.Length > 0)
            {
                await context.Out.WriteLineAsync(Words.F("Contact: {0}", m.Contact));
            }
            await context.Out.WriteLineAsync(Words.F("What happened: {0}", m.Narrative));
            foreach (var h in m.History)
            {
                var from = h.From.Length == 0 ? "" : LegalAidLabels.Value(h.From) + " → ";
                await context.Out.WriteLineAsync($"  {h.At.ToDateTime().AddHours(8):yyyy-MM-dd HH:mm} {h.ByName} {LegalAidLabels.Change(h.Change)}: {from}{LegalAidLabels.Value(h.To)} {h.Reason}".TrimEnd());
            }
        });
        return command;
    }

    private static Command Assign(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Matter id" };
        var handler = new Option<string>("--handler") { Description = "The handler's account (token subject)", Required = true };
        var name = new Option<string>("--name") { Description = "The handler's name", Required = true };
        var command = new Command("assign", "Give a matter its handler") { id, handler, name };
        Change(command, context, id, (current, parse) => LegalCommandsAsync.Assign(current, parse.GetValue(handler)!, parse.GetValue(name)!));
        return command;
    }

    private static Command Advance(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Matter id" };
        var action = new Option<string>("--action") { Description = LegalAidLabels.Action.Choices, Required = true };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var command = new Command("advance", "Move a matter one step") { id, action, reason };
        Change(command, context, id, (current, parse) => LegalCommandsAsync.Advance(current, EnumText.Parse(LegalAidLabels.Action, parse.GetValue(action)!, "--action"), parse.GetValue(reason)!));
        return command;
    }

    private static Command Colour(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Matter id" };
        var colour = new Option<string>("--colour") { Description = "三色管控: " + LegalAidLabels.Colour.Choices, Required = true };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var command = new Command("colour", "Set the risk colour of a marriage or family dispute (red is escalated)") { id, colour, reason };
        Change(command, context, id, (current, parse) => LegalCommandsAsync.Colour(current, EnumText.Parse(LegalAidLabels.Colour, parse.GetValue(colour)!, "--colour"), parse.GetValue(reason)!));
        return command;
    }

    private static Command FollowUp(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Matter id" };
        var note = new Option<string>("--note") { Description = "What was done or found", Required = true };
        var command = new Command("follow-up", "Record a follow-up of a red or yellow matter") { id, note };
        Change(command, context, id, (current, parse) => LegalCommandsAsync.FollowUp(current, parse.GetValue(note)!));
        return command;
    }

    private static Command Overdue(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("overdue", "Red and yellow matters whose follow-up is overdue") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => LegalCommands.Matters(connection).ListOverdueMattersAsync(new ListOverdueMattersRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Matters, p => p.NextPageToken);
            WriteTable(context, list.Items);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    // A change reads the matter for its etag, applies the step, and prints the new state.
    private static void Change(Command command, CliContext context, Argument<long> id, Func<Matter, ParseResult, LegalCommandsAsync.Step> step) =>
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = LegalCommands.Matters(connection);
            var current = await client.GetMatterAsync(new GetMatterRequest { Id = parse.GetValue(id), Purpose = "update" }, connection.Headers(), cancellationToken: ct);
            var m = await step(current, parse)(client, connection.Headers(), ct);
            await context.Out.WriteLineAsync(Words.F("Matter {0}: {1}, risk {2}", m.Id, Words.Name(LegalAidLabels.Status, m.Status), Words.Name(LegalAidLabels.Colour, m.RiskColour))
                + (m.FollowUpDue is null ? "" : Words.F(", follow up by {0:yyyy-MM-dd HH:mm}", m.FollowUpDue.ToDateTime().AddHours(8))));
        });

    private static void WriteTable(CliContext context, IEnumerable<Matter> matters)
    {
        var table = Tables.With("Id", "Area", "Kind", "Status", "Risk", "Handler", "Follow up by");
        var count = 0;
        foreach (var m in matters)
        {
            count++;
            table.AddRow(m.Id.ToString(), m.AreaCode, m.DetailsWithheld ? Words.T("(sensitive)") : Words.Name(LegalAidLabels.Kind, m.Kind), Words.Name(LegalAidLabels.Status, m.Status),
                LegalAidLabels.Colour.Label(m.RiskColour), Markup.Escape(m.HandlerName), m.FollowUpDue is null ? "" : $"{m.FollowUpDue.ToDateTime().AddHours(8):yyyy-MM-dd HH:mm}");
        }
        context.Console.Write(table);
        context.Console.WriteLine(Words.F("{0} matters", count));
    }
}
