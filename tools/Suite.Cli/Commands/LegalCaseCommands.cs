using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.LegalAid.V1;
using Suite.Ledger;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Commands;

/// <summary>suite legal aid | order | police | stats | trend.</summary>
public static class LegalCaseCommands
{
    public static IEnumerable<Command> Create(CliContext context) => [Aid(context), Order(context), Police(context), Stats(context), Trend(context)];

    private static Command Aid(CliContext context)
    {
        var woman = new Option<long>("--woman") { Description = "Registry id of the woman" };
        var scope = new Option<string>("--scope") { Description = LegalAidLabels.Scope.Choices, DefaultValueFactory = _ => "代理" };
        var statement = new Option<string>("--statement") { Description = "Her statement of financial hardship (when the Registry does not exempt her)", DefaultValueFactory = _ => "" };
        var matter = new Option<long>("--matter") { Description = "The matter it comes from" };
        var apply = new Command("apply", "Apply for legal aid (the simplified review reads her Registry record)") { woman, scope, statement, matter };
        SuiteCli.Action(apply, context, async (parse, connection, ct) =>
        {
            var aid = await Client(connection).CreateLegalAidApplicationAsync(new CreateLegalAidApplicationRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), WomanId = parse.GetValue(woman), MatterId = parse.GetValue(matter),
                Scope = EnumText.Parse(LegalAidLabels.Scope, parse.GetValue(scope)!, "--scope"), HardshipStatement = parse.GetValue(statement)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Legal aid application {0}: {1}; review: {2}", aid.Id, Words.Name(LegalAidLabels.AidStatus, aid.Status), aid.MeansTestExplanation));
        });

        var id = new Argument<long>("id") { Description = "Application id" };
        var approve = new Option<bool>("--approve") { Description = "Approve (otherwise refuse)" };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var decide = new Command("decide", "Approve or refuse an application") { id, approve, reason };
        SuiteCli.Action(decide, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetLegalAidApplicationAsync(new GetLegalAidApplicationRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var aid = await client.DecideLegalAidApplicationAsync(new DecideLegalAidApplicationRequest
            {
                Id = current.Id, Etag = current.Etag, Approve = parse.GetValue(approve), Reason = parse.GetValue(reason)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Legal aid application {0}: {1} ({2} days)", aid.Id, Words.Name(LegalAidLabels.AidStatus, aid.Status), aid.DaysToDecision));
        });

        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var list = new Command("list", "Applications of an area, newest first") { area, limit };
        SuiteCli.Action(list, context, async (parse, connection, ct) =>
        {
            var page = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListLegalAidApplicationsAsync(new ListLegalAidApplicationsRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Applications, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(page.Items.Select(a => a.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(page.Items.Select(a => a.AreaCode));
            var table = Tables.With("Id", "Woman", "Name", "Village", "Scope", "Review", "Status");
            foreach (var a in page.Items)
            {
                table.AddRow(a.Id.ToString(), a.WomanId.ToString(), Markup.Escape(names.Name(a.WomanId)), Markup.Escape(areas.Label(a.AreaCode)), Words.Name(LegalAidLabels.Scope, a.Scope),
                    Markup.Escape(a.MeansTestExplanation), Words.Name(LegalAidLabels.AidStatus, a.Status));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, page);
        });
        return new Command("aid", "Legal aid applications (法律援助)") { apply, decide, list };
    }

    private static Command Order(CliContext context)
    {
        var matter = new Option<long>("--matter") { Description = "The matter", Required = true };
        var court = new Option<string>("--court") { Description = "The court applied to", Required = true };
        var on = new Option<string>("--applied-on") { Description = "Date applied, yyyy-MM-dd", Required = true };
        var apply = new Command("apply", "Record an application for a personal safety protection order (人身安全保护令)") { matter, court, on };
        SuiteCli.Action(apply, context, async (parse, connection, ct) =>
        {
            var order = await Protection(connection).ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), MatterId = parse.GetValue(matter), Court = parse.GetValue(court)!, AppliedOn = Dates.Parse(parse.GetValue(on)!, "--applied-on"),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Protection order {0}: {1}", order.Id, Words.Name(LegalAidLabels.Order, order.Status)));
        });

        var id = new Argument<long>("id") { Description = "Order id" };
        var issuedOn = new Option<string>("--issued-on") { Description = "Date issued, yyyy-MM-dd", Required = true };
        var expiresOn = new Option<string>("--expires-on") { Description = "Date it expires, yyyy-MM-dd", Required = true };
        var measures = new Option<string[]>("--measure") { Description = "A measure ordered (repeat for each)", Required = true, AllowMultipleArgumentsPerToken = false };
        var issue = new Command("issue", "Record that the court issued the order") { id, issuedOn, expiresOn, measures };
        SuiteCli.Action(issue, context, async (parse, connection, ct) =>
        {
            var client = Protection(connection);
            var current = await client.GetProtectionOrderAsync(new GetProtectionOrderRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var order = await client.DecideProtectionOrderAsync(new DecideProtectionOrderRequest
            {
                Id = current.Id, Etag = current.Etag, Issued = true, IssuedOn = Dates.Parse(parse.GetValue(issuedOn)!, "--issued-on"),
                ExpiresOn = Dates.Parse(parse.GetValue(expiresOn)!, "--expires-on"), Measures = { parse.GetValue(measures)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Protection order {0}: {1}, valid until {2}", order.Id, Words.Name(LegalAidLabels.Order, order.Status), order.ExpiresOn.ToIsoString()));
        });

        var days = new Option<int>("--days") { Description = "Days ahead (default 30)" };
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var expiring = new Command("expiring", "Issued orders expiring soon") { days, area, limit };
        SuiteCli.Action(expiring, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Protection(connection).ListExpiringOrdersAsync(new ListExpiringOrdersRequest { AreaCode = parse.GetValue(area)!, WithinDays = parse.GetValue(days), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Orders, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(o => o.AreaCode));
            var table = Tables.With("Id", "Matter", "Area", "Valid until", "Court");
            foreach (var o in list.Items)
            {
                table.AddRow(o.Id.ToString(), o.MatterId.ToString(), Markup.Escape(areas.Label(o.AreaCode)), o.ExpiresOn.ToIsoString(), Markup.Escape(o.Court));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
            context.Console.WriteLine(Words.F("{0} orders", list.Items.Count));
        });
        return new Command("order", "Personal safety protection orders") { apply, issue, expiring };
    }

    private static Command Police(CliContext context)
    {
        var matter = new Option<long>("--matter") { Description = "The matter", Required = true };
        var crime = new Option<string>("--crime") { Description = LegalAidLabels.Crime.Choices, Required = true };
        var station = new Option<string>("--station") { Description = "The police station", Required = true };
        var refer = new Command("refer", "Refer a crime to the police") { matter, crime, station };
        SuiteCli.Action(refer, context, async (parse, connection, ct) =>
        {
            var referral = await Protection(connection).ReferToPoliceAsync(new ReferToPoliceRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), MatterId = parse.GetValue(matter), Crime = EnumText.Parse(LegalAidLabels.Crime, parse.GetValue(crime)!, "--crime"), Station = parse.GetValue(station)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Referred to the police {0}: {1}", referral.Id, referral.Station));
        });
        return new Command("police", "Police referrals of crimes") { refer };
    }

    private static Command Stats(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var command = new Command("stats", "Counts of an area: matters, mediation, legal aid, orders, awareness events") { area };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var s = await new AwarenessService.AwarenessServiceClient(LegalCommands.Channel(connection)).GetLegalAidStatisticsAsync(
                new GetLegalAidStatisticsRequest { AreaCode = parse.GetValue(area)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Area {0}: {1} matters; {2} mediations, {3:P0} successful; ", await new AreaNames(connection, ct).LabelAsync(s.AreaCode), s.Matters, s.MediationsClosed, s.MediationSuccessRate)
                + Words.F("legal aid decided {0}, on average in {1:0.#} days, {2:P0} within {3} days; {4} protection orders; {5} awareness events, {6} person-times",
                    s.AidDecided, s.AidAverageDaysToDecision, s.AidDecidedWithinTarget, s.AidTargetDays, s.OrdersIssued, s.AwarenessEvents, s.AwarenessAttendance));
            var table = Tables.With("Kind", "Count");
            foreach (var k in s.MattersByKind)
            {
                table.AddRow(Words.Name(LegalAidLabels.Kind, KindOf(k.Key)), k.Count.ToString());
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static Command Trend(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var months = new Option<int>("--months") { Description = "Months back, this one included (1 to 24)", DefaultValueFactory = _ => 12 };
        var command = new Command("trend", "The three-colour board at each month's end: open matters by the colour they had then") { area, months };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var trend = await new AwarenessService.AwarenessServiceClient(LegalCommands.Channel(connection)).GetRiskColourTrendAsync(
                new GetRiskColourTrendRequest { AreaCode = parse.GetValue(area)!, Months = parse.GetValue(months) }, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Month", "Red", "Yellow", "Green", "No colour yet");
            foreach (var m in trend.Months)
            {
                table.AddRow(m.Month, m.Red.ToString(), m.Yellow.ToString(), m.Green.ToString(), m.Unset.ToString());
            }
            context.Console.Write(table);
            if (trend.SensitiveApart)
            {
                await context.Out.WriteLineAsync(Words.T("Sensitive matters are not counted (your post may not see them)."));
            }
        });
        return command;
    }

    private static MatterKind KindOf(string protoName) => Enum.GetValues<MatterKind>().FirstOrDefault(k => ProtoEnumNames.Of(k) == protoName);

    private static LegalAidService.LegalAidServiceClient Client(Connection connection) => new(LegalCommands.Channel(connection));

    private static ProtectionService.ProtectionServiceClient Protection(Connection connection) => new(LegalCommands.Channel(connection));
}
