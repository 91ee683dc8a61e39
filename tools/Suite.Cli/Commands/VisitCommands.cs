using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite visits record | list | due | overdue: the village visit (定期探访).</summary>
public static class VisitCommands
{
    public static Command Create(CliContext context) => new("visits", "Village visits (定期探访): record one, a woman's visits, who is due or overdue")
    {
        Record(context), List(context), Due(context, "due", "Women due for a visit in the coming days", 14), Due(context, "overdue", "Women whose visit is overdue", 0),
    };

    private static Command Record(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var date = new Option<string>("--date") { Description = "Day of the visit, yyyy-MM-dd (default today)" };
        var visitor = new Option<string>("--visitor") { Required = true, Description = "Who visited" };
        var method = new Option<string>("--method") { Description = "How: " + CaseworkLabels.Method.Choices, DefaultValueFactory = _ => "入户" };
        var needs = new Option<string[]>("--need") { AllowMultipleArgumentsPerToken = true, Description = "Needs found: " + LedgerLabels.Need.Choices };
        var risks = new Option<string[]>("--risk") { AllowMultipleArgumentsPerToken = true, Description = "Risks seen: " + CaseworkLabels.Risk.Choices };
        var changed = new Option<bool>("--changed") { Description = "Her situation changed (the form needs updating)" };
        var note = new Option<string>("--note") { Description = "What was found (stays in the ledger)", DefaultValueFactory = _ => "" };
        var refer = new Option<bool>("--refer") { Description = "Send the needs found to the departments that meet them" };
        var urgent = new Option<bool>("--urgent") { Description = "Those referrals are urgent" };
        var command = new Command("record", "Record a visit; she is next due by her priority") { woman, date, visitor, method, needs, risks, changed, note, refer, urgent };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var visit = new Visit
            {
                WomanId = parse.GetValue(woman), Visitor = parse.GetValue(visitor)!, Method = EnumText.Parse(CaseworkLabels.Method, parse.GetValue(method)!, "--method"),
                Date = parse.GetValue(date) is { Length: > 0 } day ? Dates.Parse(day, "--date") : Date.From(DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime.AddHours(8))),
                NeedsFound = { (parse.GetValue(needs) ?? []).Select(n => EnumText.Parse(LedgerLabels.Need, n, "--need")) },
                Risks = { (parse.GetValue(risks) ?? []).Select(r => EnumText.Parse(CaseworkLabels.Risk, r, "--risk")) },
                SituationChanged = parse.GetValue(changed), Note = parse.GetValue(note)!,
            };
            var recorded = await Client(connection).RecordVisitAsync(new RecordVisitRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Visit = visit, ReferNeeds = parse.GetValue(refer),
                Urgency = parse.GetValue(urgent) ? ReferralUrgency.Urgent : ReferralUrgency.Routine,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Visit {0} recorded; she is next due on {1}.", recorded.Visit.Id, recorded.Visit.NextDue.ToIsoString()));
            foreach (var r in recorded.Referrals)
            {
                await context.Out.WriteLineAsync(Words.F("Referral {0} sent to {1}: {2}", r.Id, ReferralLabels.Service(r.Target), Words.T(r.Text)));
            }
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var limit = Pages.LimitOption();
        var command = new Command("list", "A woman's visits, newest first") { woman, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListVisitsAsync(
                new ListVisitsRequest { WomanId = parse.GetValue(woman), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync,
                p => p.Visits, p => p.NextPageToken);
            var table = Tables.With("Id", "Date", "Visitor", "Method", "Needs found", "Risks", "Next due");
            foreach (var v in list.Items)
            {
                table.AddRow(v.Id.ToString(), v.Date.ToIsoString(), Markup.Escape(v.Visitor), Words.Name(CaseworkLabels.Method, v.Method),
                    string.Join("、", v.NeedsFound.Select(n => Words.Name(LedgerLabels.Need, n))), string.Join("、", v.Risks.Select(r => Words.Name(CaseworkLabels.Risk, r))), v.NextDue.ToIsoString());
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Due(CliContext context, string name, string description, int defaultDays)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var days = new Option<int>("--days") { Description = "Due within this many days (0: only the overdue)", DefaultValueFactory = _ => defaultDays };
        var limit = Pages.LimitOption();
        var command = new Command(name, description) { area, limit };
        if (defaultDays > 0)
        {
            command.Options.Add(days);
        }
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var within = defaultDays > 0 ? parse.GetValue(days) : 0;
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListDueVisitsAsync(
                new ListDueVisitsRequest { AreaCode = parse.GetValue(area)!, WithinDays = within, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync,
                p => p.Women, p => p.NextPageToken);
            var villages = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(w => w.VillageCode));
            var table = Tables.With("Id", "Name", "Village", "Priority", "Next visit");
            foreach (var w in list.Items)
            {
                table.AddRow(w.Id.ToString(), Markup.Escape(w.Name), Markup.Escape(villages.Label(w.VillageCode)), Words.Name(LedgerLabels.Priority, w.Priority),
                    w.NextVisitDate?.ToIsoString() ?? "");
            }
            context.Console.Write(table);
            context.Console.WriteLine(Words.F("{0} women", list.Items.Count));
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static VisitService.VisitServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Registry));
}
