using System.CommandLine;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Registry.V1;

namespace Suite.Cli.Commands;

/// <summary>suite export --area A [--output FILE]: the information ledger (attachment 4) as CSV, to stdout or a file.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix to export", DefaultValueFactory = _ => "" };
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output" };
        var reveal = new Option<string?>("--reveal") { Description = "Purpose for exporting full ID and phone numbers (needs pii.reveal; audited)" };
        var command = new Command("export", "Export the ledger as CSV (UTF-8 with BOM)") { area, output, reveal };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new ExportWomenRequest { Filter = new WomenFilter { AreaCode = parse.GetValue(area)! }, RevealPurpose = parse.GetValue(reveal) ?? "" };
            using var call = WomenCommands.Client(connection).ExportLedgerCsv(request, connection.Headers(), cancellationToken: ct);
            var target = parse.GetValue(output);
            await using Stream stream = target is null ? new MemoryStream() : File.Create(target);
            while (await call.ResponseStream.MoveNext(ct))
            {
                call.ResponseStream.Current.Data.WriteTo(stream);
            }
            if (target is null)
            {
                await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(((MemoryStream)stream).ToArray()));
            }
            else
            {
                await context.Error.WriteLineAsync(Words.F("ledger written to {0}", target));
            }
        });
        return command;
    }
}
