using Google.Protobuf;
using Spectre.Console;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Infrastructure;

/// <summary>Lists of women as a table (default), JSON (--json) or the ledger CSV layout (--csv, the same columns as export).</summary>
public static class WomenOutput
{
    public static async Task WriteAsync(CliContext context, AreaNames areas, IReadOnlyList<Woman> women, bool json, bool csv)
    {
        if (json)
        {
            await context.Out.WriteLineAsync("[" + string.Join(",\n", women.Select(w => JsonFormatter.Default.Format(w))) + "]");
            return;
        }
        await areas.LoadAsync(women.SelectMany(w => new[] { w.CountyCode, w.TownshipCode, w.VillageCode }));
        if (csv)
        {
            await context.Out.WriteAsync(CsvCodec.FormatLine(LedgerCsv.Header));
            for (var i = 0; i < women.Count; i++)
            {
                await context.Out.WriteAsync(LedgerCsv.FormatRow(i + 1, women[i], areas.Name));
            }
            return;
        }
        var table = Tables.With("Id", "Name", "ID number", "Village", "Priority", "Left-behind", "Status", "Needs");
        foreach (var w in women)
        {
            table.AddRow(
                w.Id.ToString(), Markup.Escape(w.Name), w.ResidentIdNumber, Markup.Escape(areas.Label(w.VillageCode)), Words.Name(LedgerLabels.Priority, w.Priority),
                Words.YesNo(w.LeftBehind), Words.Name(LedgerLabels.Status, w.Status), string.Join(Words.English ? ", " : "、", w.Needs.Select(n => Words.Name(LedgerLabels.Need, n))));
        }
        context.Console.Write(table);
        context.Console.WriteLine(Words.F("{0} women", women.Count));
    }
}
