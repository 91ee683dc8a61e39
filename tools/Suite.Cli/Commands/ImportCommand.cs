using System.CommandLine;
using System.Text;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>
/// suite import FILE.csv: a survey batch in the ledger layout, streamed to the Registry with a progress bar.
/// Prints created / updated / unchanged / rejected and writes rejected rows, with their reasons, to a file.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Survey CSV in the ledger layout (UTF-8 or GB18030)" };
        var rejectedFile = new Option<string?>("--rejected") { Description = "Where to write rejected rows (default: FILE.rejected.csv)" };
        var command = new Command("import", "Import a survey batch of women from CSV") { file, rejectedFile };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var path = parse.GetValue(file)!;
            var rows = CsvInput.WithoutHeader(CsvCodec.ReadRecords(new StringReader(CsvInput.ReadAllText(path))).Where(r => r.Any(c => c.Length > 0)).ToList(), LedgerCsv.Header, path);
            var clientErrors = new Dictionary<int, string>();
            var requests = new List<ImportWomenRequest>();
            for (var i = 0; i < rows.Count; i++)
            {
                var errors = new List<(string Column, string Error)>();
                var woman = LedgerCsv.ParseRow(rows[i], errors);
                if (errors.Count > 0)
                {
                    clientErrors[i + 1] = string.Join(Words.English ? "; " : "；", errors.Select(e => $"{e.Column}: {e.Error}"));
                    continue;
                }
                requests.Add(new ImportWomenRequest { RowNumber = i + 1, Woman = woman });
            }

            ImportWomenResponse response = null!;
            async Task Send(Action<int> progressed)
            {
                response = await WomenCommands.Client(connection).ImportAsync(requests, connection.Headers(), progressed, ct);
            }
            if (context.Interactive)
            {
                await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask(Words.F("Importing {0}", Path.GetFileName(path)), maxValue: Math.Max(1, requests.Count));
                    await Send(n => task.Increment(n));
                });
            }
            else
            {
                await Send(_ => { });
            }

            var rejected = response.Results.Where(r => r.Outcome == ImportOutcome.Rejected)
                .GroupBy(r => r.RowNumber)
                .ToDictionary(g => g.Key, g => string.Join(Words.English ? "; " : "；", g.SelectMany(r => r.Errors).Select(e => e.Localized.Length > 0 ? e.Localized : $"{e.Field}: {e.Description}")));
            foreach (var (row, reason) in clientErrors)
            {
                rejected[row] = reason;
            }
            await context.Out.WriteLineAsync(Words.F("created {0}, updated {1}, unchanged {2}, rejected {3}", response.Created, response.Updated, response.Unchanged, rejected.Count));
            if (rejected.Count > 0)
            {
                var target = parse.GetValue(rejectedFile) ?? Path.ChangeExtension(path, ".rejected.csv");
                var text = new StringBuilder("\uFEFF").Append(CsvCodec.FormatLine(["行号", "原因", .. LedgerCsv.Header]));
                foreach (var (row, reason) in rejected.OrderBy(r => r.Key))
                {
                    text.Append(CsvCodec.FormatLine([row.ToString(), reason, .. rows[row - 1]]));
                }
                await File.WriteAllTextAsync(target, text.ToString(), ct);
                await context.Out.WriteLineAsync(Words.F("rejected rows and their reasons: {0}", target));
            }
        });
        return command;
    }
}
