using System.CommandLine;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite women list: filtered ledger pages as a table, JSON or CSV.</summary>
public static class WomenList
{
    public static Command Create(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix (county 6, township 9, village 12 digits)", DefaultValueFactory = _ => "" };
        var priority = new Option<string?>("--priority") { Description = "Minimum priority: 一般/关注/重点 (or routine, attention, priority)" };
        var need = new Option<string?>("--need") { Description = "Only women with this need, e.g. 就业 or employment" };
        var status = new Option<string?>("--status") { Description = "在册/已退出 (or active, exited)" };
        var name = new Option<string>("--name") { Description = "Name prefix", DefaultValueFactory = _ => "" };
        var leftBehind = new Option<bool>("--left-behind") { Description = "Only women who are left-behind today" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows (0 for all)", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var csv = new Option<bool>("--csv") { Description = "Print the ledger CSV layout" };
        var command = new Command("list", "List women by area, priority, need, status and name") { area, priority, need, status, name, leftBehind, limit, json, csv };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var filter = new WomenFilter
            {
                AreaCode = parse.GetValue(area)!,
                NamePrefix = parse.GetValue(name)!,
                LeftBehindOnly = parse.GetValue(leftBehind),
                MinPriority = parse.GetValue(priority) is { } p ? EnumText.Parse(LedgerLabels.Priority, p, "--priority") : PriorityLevel.Unspecified,
                Need = parse.GetValue(need) is { } n ? EnumText.Parse(LedgerLabels.Need, n, "--need") : Need.Unspecified,
                Status = parse.GetValue(status) is { } s ? EnumText.Parse(LedgerLabels.Status, s, "--status") : LedgerStatus.Unspecified,
            };
            var max = parse.GetValue(limit);
            var client = WomenCommands.Client(connection);
            var women = new List<Woman>();
            var request = new ListWomenRequest { Filter = filter, PageSize = 500 };
            do
            {
                var page = await client.ListWomenAsync(request, connection.Headers(), cancellationToken: ct);
                women.AddRange(page.Women);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0 && (max == 0 || women.Count < max));
            await WomenOutput.WriteAsync(context, new AreaNames(connection, ct), max == 0 ? women : women.Take(max).ToList(), parse.GetValue(json), parse.GetValue(csv));
        });
        return command;
    }
}
