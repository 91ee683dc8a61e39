using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Commands;

/// <summary>suite women add | get | list | update | exit | history.</summary>
public static class WomenCommands
{
    private static readonly Argument<long> Id = new("id") { Description = "Registry id of the woman" };

    public static Command Create(CliContext context) =>
        new("women", "The ledger of rural left-behind women")
        {
            WomanAdd.Create(context), Get(context), WomanCase.Create(context), WomenList.Create(context), Update(context), Exit(context), History(context),
        };

    public static WomenService.WomenServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Registry));

    private static Command Get(CliContext context)
    {
        var reveal = new Option<string?>("--reveal") { Description = "Purpose for showing the full ID and phone numbers (needs pii.reveal; audited)" };
        var json = new Option<bool>("--json") { Description = "Print JSON (for scripts)" };
        var command = new Command("get", "Show one woman as a card") { Id, reveal, json };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var woman = await Client(connection).GetWomanAsync(new GetWomanRequest { Id = parse.GetValue(Id), RevealPurpose = parse.GetValue(reveal) ?? "" }, connection.Headers(), cancellationToken: ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(Google.Protobuf.JsonFormatter.Default.Format(woman));
                return;
            }
            await Display.WomanCard.WriteAsync(context, new AreaNames(connection, ct), woman);
        });
        return command;
    }

    private static Command Update(CliContext context)
    {
        var phone = new Option<string?>("--phone") { Description = "New mobile number" };
        var address = new Option<string?>("--address") { Description = "New address within the village" };
        var village = new Option<string?>("--village") { Description = "New 12-digit village code" };
        var economic = new Option<string?>("--economic") { Description = "New economic status, e.g. 低保 or minimum-allowance" };
        var reason = new Option<string>("--reason") { Description = "Why it changed", Required = true };
        var command = new Command("update", "Change fields of a woman's record (the change is recorded)") { Id, phone, address, village, economic, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetWomanAsync(new GetWomanRequest { Id = parse.GetValue(Id) }, connection.Headers(), cancellationToken: ct);
            var patch = new Woman { Id = current.Id, Etag = current.Etag };
            var mask = new FieldMask();
            void Set(string? value, string path, Action<string> apply)
            {
                if (value is not null)
                {
                    apply(value);
                    mask.Paths.Add(path);
                }
            }
            Set(parse.GetValue(phone), "phone", v => patch.Phone = v);
            Set(parse.GetValue(address), "address", v => patch.Address = v);
            Set(parse.GetValue(village), "village_code", v => patch.VillageCode = v);
            Set(parse.GetValue(economic), "economic_status", v => patch.EconomicStatus = EnumText.Parse(LedgerLabels.Economic, v, "--economic"));
            if (mask.Paths.Count == 0)
            {
                throw new CliException(Words.T("Nothing to change: give --phone, --address, --village or --economic."));
            }
            var updated = await client.UpdateWomanAsync(new UpdateWomanRequest { Woman = patch, UpdateMask = mask, Reason = parse.GetValue(reason)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Updated woman {0} (etag {1}).", updated.Id, updated.Etag));
        });
        return command;
    }

    private static Command Exit(CliContext context)
    {
        var reason = new Option<string>("--reason") { Description = "Why she leaves the ledger: 丈夫返乡/随夫外出/迁居城镇/离婚/死亡/其他 (or husband-returned, moved-with-husband, moved-to-town, divorced, deceased, other)", Required = true };
        var date = new Option<string?>("--date") { Description = "Effective date yyyy-MM-dd (default today)" };
        var note = new Option<string>("--note") { Description = "Note (required for other)", DefaultValueFactory = _ => "" };
        var command = new Command("exit", "Take a woman out of the ledger") { Id, reason, date, note };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetWomanAsync(new GetWomanRequest { Id = parse.GetValue(Id) }, connection.Headers(), cancellationToken: ct);
            var exitReason = EnumText.Parse(LedgerLabels.Exit, parse.GetValue(reason)!, "--reason");
            var effective = DateOption(parse.GetValue(date), context, "--date");
            var exited = await client.ExitWomanAsync(new ExitWomanRequest
            {
                Id = current.Id, Etag = current.Etag, Exit = new ExitInfo { Reason = exitReason, EffectiveDate = effective, Note = parse.GetValue(note)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Woman {0} exited the ledger ({1}).", exited.Id, Words.Name(LedgerLabels.Exit, exitReason)));
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var command = new Command("history", "The change records of a woman, newest first") { Id };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var changes = await Client(connection).ListChangesAsync(new ListChangesRequest { WomanId = parse.GetValue(Id), PageSize = 500 }, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("When", "Field", "Old", "New", "Reason", "By");
            foreach (var c in changes.Changes)
            {
                table.AddRow(c.RecordTime.ToDateTime().ToString("yyyy-MM-dd HH:mm"), Words.Code("field", c.Field), Markup.Escape(c.OldValue), Markup.Escape(c.NewValue), Markup.Escape(c.Reason), Markup.Escape(c.RecordedBy));
            }
            context.Console.Write(table);
        });
        return command;
    }

    public static Date DateOption(string? text, CliContext context, string option)
    {
        if (text is null)
        {
            var today = DateOnly.FromDateTime(context.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
            return Date.From(today);
        }
        return Date.TryParseIso(text, out var date) ? date! : throw new CliException(Words.F("{0}: '{1}' is not a date yyyy-MM-dd", option, text));
    }
}
