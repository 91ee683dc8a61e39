using System.CommandLine;
using Spectre.Console;
using Suite.CaseFile;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite women case: one woman's case file (一人一档): her card, then what each department holds of her, as the caller may see it.</summary>
public static class WomanCase
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Registry id of the woman" };
        var command = new Command("case", "One woman's case file (一人一档): her card and her records in every department") { id };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var reader = new CaseFileReader(service => connection.Channel(service).CreateCallInvoker(), connection.Headers);
            var file = await reader.ReadAsync(parse.GetValue(id), ct);
            if (file.Card is { } card)
            {
                await WomanCard.WriteAsync(context, new AreaNames(connection, ct), card);
            }
            else
            {
                context.Console.WriteLine(Words.F("Her card: the Registry cannot be reached ({0}).", file.CardProblem));
            }
            foreach (var section in file.Sections)
            {
                context.Console.WriteLine();
                context.Console.Write(new Rule(Markup.Escape(ReferralLabels.Service(section.Service))).LeftJustified());
                switch (section.State)
                {
                    case SectionState.Unavailable:
                        context.Console.WriteLine(Words.T("This department cannot be reached now; the others answered."));
                        continue;
                    case SectionState.Refused:
                        context.Console.WriteLine(Words.T("Your role may not read this department's records."));
                        continue;
                }
                if (section.Records.Count == 0)
                {
                    context.Console.WriteLine(Words.T("No records you may see."));
                    continue;
                }
                var table = Tables.With("Date", "Record", "Details");
                foreach (var record in section.Records)
                {
                    table.AddRow(record.Date?.ToIsoString() ?? "", Words.English ? record.Kind : CaseworkLabels.RecordKind(record.Kind), Markup.Escape(record.Summary));
                }
                context.Console.Write(table);
            }
        });
        return command;
    }
}
