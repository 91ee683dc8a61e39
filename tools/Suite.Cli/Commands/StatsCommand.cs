using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Commands;

/// <summary>suite stats --area A: counts by area, status, priority and need.</summary>
public static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var command = new Command("stats", "Counts of the ledger by area, status, priority and need") { area };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var stats = await WomenCommands.Client(connection).GetStatisticsAsync(new GetStatisticsRequest { AreaCode = parse.GetValue(area)! }, connection.Headers(), cancellationToken: ct);
            context.Console.WriteLine($"Area {(stats.AreaCode.Length == 0 ? "(all)" : stats.AreaCode)}: {stats.Total} women registered, {stats.LeftBehind} left-behind today");
            foreach (var (title, counts) in new[] { ("Area", stats.ByArea), ("Status", stats.ByStatus), ("Priority", stats.ByPriority), ("Need", stats.ByNeed) })
            {
                var table = new Table().Title(title).AddColumns("Key", "Count");
                foreach (var count in counts)
                {
                    table.AddRow(count.Key, count.Count.ToString());
                }
                context.Console.Write(table);
            }
        });
        return command;
    }
}
