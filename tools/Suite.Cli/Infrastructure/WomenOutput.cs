using Suite.Ledger;
using Google.Protobuf;
using Spectre.Console;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Infrastructure;

/// <summary>Lists of women as a table (default), JSON (--json) or ledger CSV (--csv).</summary>
public static class WomenOutput
{
    public static async Task WriteAsync(CliContext context, IReadOnlyList<Woman> women, bool json, bool csv)
    {
        if (json)
        {
            await context.Out.WriteLineAsync("[" + string.Join(",\n", women.Select(w => JsonFormatter.Default.Format(w))) + "]");
            return;
        }
        if (csv)
        {
            await context.Out.WriteAsync(CsvCodec.FormatLine(LedgerCsv.Header));
            for (var i = 0; i < women.Count; i++)
            {
                await context.Out.WriteAsync(LedgerCsv.FormatRow(i + 1, women[i], code => code));
            }
            return;
        }
        var table = new Table().AddColumns("Id", "Name", "ID number", "Village", "Priority", "Left-behind", "Status", "Needs");
        foreach (var w in women)
        {
            table.AddRow(
                w.Id.ToString(), Markup.Escape(w.Name), w.ResidentIdNumber, w.VillageCode, LedgerLabels.Priority.Label(w.Priority),
                w.LeftBehind ? LedgerLabels.Yes : LedgerLabels.No, LedgerLabels.Status.Label(w.Status),
                string.Join("、", w.Needs.Select(LedgerLabels.Need.Label)));
        }
        context.Console.Write(table);
        context.Console.WriteLine($"{women.Count} women");
    }
}
