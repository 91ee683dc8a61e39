using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.LegalAid.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Commands;

/// <summary>suite legal aid | order | police | stats.</summary>
public static class LegalCaseCommands
{
    public static IEnumerable<Command> Create(CliContext context) => [Aid(context), Order(context), Police(context), Stats(context)];

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
            await context.Out.WriteLineAsync($"法律援助申请 {aid.Id}: {LegalAidLabels.AidStatus.Label(aid.Status)}; 审查: {aid.MeansTestExplanation}");
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
            await context.Out.WriteLineAsync($"法律援助申请 {aid.Id}: {LegalAidLabels.AidStatus.Label(aid.Status)} ({aid.DaysToDecision} 天)");
        });

        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var list = new Command("list", "Applications of an area, newest first") { area };
        SuiteCli.Action(list, context, async (parse, connection, ct) =>
        {
            var page = await Client(connection).ListLegalAidApplicationsAsync(new ListLegalAidApplicationsRequest { AreaCode = parse.GetValue(area)!, PageSize = 200 }, connection.Headers(), cancellationToken: ct);
            var table = new Table().AddColumns("编号", "妇女", "村", "范围", "审查", "状态");
            foreach (var a in page.Applications)
            {
                table.AddRow(a.Id.ToString(), a.WomanId.ToString(), a.AreaCode, LegalAidLabels.Scope.Label(a.Scope), Markup.Escape(a.MeansTestExplanation), LegalAidLabels.AidStatus.Label(a.Status));
            }
            context.Console.Write(table);
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
            await context.Out.WriteLineAsync($"保护令 {order.Id}: {LegalAidLabels.Order.Label(order.Status)}");
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
            await context.Out.WriteLineAsync($"保护令 {order.Id}: {LegalAidLabels.Order.Label(order.Status)}, 有效至 {order.ExpiresOn.ToIsoString()}");
        });

        var days = new Option<int>("--days") { Description = "Days ahead (default 30)" };
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var expiring = new Command("expiring", "Issued orders expiring soon") { days, area };
        SuiteCli.Action(expiring, context, async (parse, connection, ct) =>
        {
            var list = await Protection(connection).ListExpiringOrdersAsync(new ListExpiringOrdersRequest { AreaCode = parse.GetValue(area)!, WithinDays = parse.GetValue(days) }, connection.Headers(), cancellationToken: ct);
            foreach (var o in list.Orders)
            {
                await context.Out.WriteLineAsync($"{o.Id}\t事项 {o.MatterId}\t{o.AreaCode}\t有效至 {o.ExpiresOn.ToIsoString()}\t{o.Court}");
            }
            await context.Out.WriteLineAsync($"共 {list.Orders.Count} 份");
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
            await context.Out.WriteLineAsync($"已移送公安 {referral.Id}: {referral.Station}");
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
            await context.Out.WriteLineAsync($"地区 {s.AreaCode}: 事项 {s.Matters} 件; 调解 {s.MediationsClosed} 件, 成功率 {s.MediationSuccessRate:P0}; "
                + $"法律援助决定 {s.AidDecided} 件, 平均 {s.AidAverageDaysToDecision:0.#} 天, {s.AidTargetDays} 天内 {s.AidDecidedWithinTarget:P0}; 保护令 {s.OrdersIssued} 份; 普法活动 {s.AwarenessEvents} 场 {s.AwarenessAttendance} 人次");
            var table = new Table().AddColumns("分类", "数量");
            foreach (var k in s.MattersByKind)
            {
                table.AddRow(LegalAidLabels.Kind.Label(KindOf(k.Key)), k.Count.ToString());
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static MatterKind KindOf(string protoName) => Enum.GetValues<MatterKind>().FirstOrDefault(k => ProtoEnumNames.Of(k) == protoName);

    private static LegalAidService.LegalAidServiceClient Client(Connection connection) => new(LegalCommands.Channel(connection));

    private static ProtectionService.ProtectionServiceClient Protection(Connection connection) => new(LegalCommands.Channel(connection));
}
