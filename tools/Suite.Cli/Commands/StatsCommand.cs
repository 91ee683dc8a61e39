using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

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
            var areas = await new AreaNames(connection, ct).LoadAsync(stats.ByArea.Select(c => c.Key).Append(stats.AreaCode));
            context.Console.WriteLine(Words.F("Area {0}: {1} women registered, {2} left-behind today", areas.Label(stats.AreaCode), stats.Total, stats.LeftBehind));
            var groups = new (string Title, IEnumerable<KeyCount> Counts, Func<string, string> Key)[]
            {
                ("Area", stats.ByArea, areas.Label), ("Status", stats.ByStatus, Key(LedgerLabels.Status)),
                ("Priority", stats.ByPriority, Key(LedgerLabels.Priority)), ("Need", stats.ByNeed, Key(LedgerLabels.Need)),
            };
            foreach (var (title, counts, key) in groups)
            {
                var table = Tables.With(title, "Count");
                foreach (var count in counts)
                {
                    table.AddRow(Markup.Escape(key(count.Key)), count.Count.ToString());
                }
                context.Console.Write(table);
            }
        });
        return command;
    }

    /// <summary>A count's key (the proto name of an enum value) as users know it.</summary>
    private static Func<string, string> Key<TEnum>(CsvLabels<TEnum> labels) where TEnum : struct, Enum =>
        name => Enum.GetValues<TEnum>().FirstOrDefault(v => Suite.Contracts.Common.ProtoEnumNames.Of(v) == name) is var value && Convert.ToInt32(value) != 0
            ? Words.Name(labels, value) : name;
}
