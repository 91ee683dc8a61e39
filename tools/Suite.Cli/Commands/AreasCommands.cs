using System.CommandLine;
using System.Text;
using Google.Protobuf;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite areas import FILE.csv, suite areas list [--parent CODE].</summary>
public static class AreasCommands
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "CSV file: code,name,level,urban_rural_code" };
        var import = new Command("import", "Import counties, townships and villages from CSV (all or nothing)") { file };
        SuiteCli.Action(import, context, async (parse, connection, ct) =>
        {
            var csv = CsvInput.ReadAllText(parse.GetValue(file)!);
            var client = new AreasService.AreasServiceClient(connection.Channel(ResourceNames.Registry));
            var result = await client.ImportAreasAsync(new ImportAreasRequest { Csv = ByteString.CopyFrom(Encoding.UTF8.GetBytes(csv)) }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("created {0}, updated {1}, unchanged {2}", result.Created, result.Updated, result.Unchanged));
        });

        var parent = new Option<string>("--parent") { Description = "Parent area code; empty lists the counties", DefaultValueFactory = _ => "" };
        var list = new Command("list", "List the areas under a parent") { parent };
        SuiteCli.Action(list, context, async (parse, connection, ct) =>
        {
            var client = new AreasService.AreasServiceClient(connection.Channel(ResourceNames.Registry));
            var table = Tables.With("Code", "Name", "Level", "Rural");
            var request = new ListAreasRequest { ParentCode = parse.GetValue(parent)!, PageSize = 1000 };
            do
            {
                var page = await client.ListAreasAsync(request, connection.Headers(), cancellationToken: ct);
                foreach (var area in page.Areas)
                {
                    table.AddRow(area.Code, Markup.Escape(area.Name), Words.Name(RegistryLabels.AreaLevel, area.Level), area.Rural ? Words.YesNo(true) : "");
                }
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            context.Console.Write(table);
        });

        return new Command("areas", "Counties, townships and villages") { import, list };
    }
}
