using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite women add: the first collection form from flags, prompting for what is missing when a person is at the keyboard.</summary>
public static class WomanAdd
{
    private static readonly Option<string?> Name = new("--name") { Description = "Her name" };
    private static readonly Option<string?> IdNumber = new("--id-number") { Description = "Resident ID number (18 characters)" };
    private static readonly Option<string?> Village = new("--village") { Description = "12-digit village code" };
    private static readonly Option<string> Phone = new("--phone") { Description = "Mobile number", DefaultValueFactory = _ => "" };
    private static readonly Option<string> Ethnicity = new("--ethnicity") { Description = "Ethnicity", DefaultValueFactory = _ => "汉族" };
    private static readonly Option<string> Address = new("--address") { Description = "Address within the village", DefaultValueFactory = _ => "" };
    private static readonly Option<string?> Health = new("--health") { Description = "健康/慢性病/大病/残疾 (or healthy, chronic-illness, serious-illness, disabled)" };
    private static readonly Option<string?> Economic = new("--economic") { Description = "一般/低收入/低保/特困/脱贫户/监测户 (or ordinary, low-income, …)" };
    private static readonly Option<string?> HusbandName = new("--husband-name") { Description = "Her husband's name" };
    private static readonly Option<string?> WorkPlace = new("--husband-work-place") { Description = "省内/省外/境外 (or in-province, out-of-province, abroad)" };
    private static readonly Option<string?> Departure = new("--husband-departure") { Description = "When he left, yyyy-MM-dd" };
    private static readonly Option<string[]> Needs = new("--need") { Description = "A need (repeat): 就业/培训/法律/家庭教育/心理/健康/生活救助", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<bool> Consent = new("--consent") { Description = "She consents to sharing with other departments" };
    private static readonly Option<string?> CollectedBy = new("--collected-by") { Description = "Who collected the form (default: you)" };
    private static readonly Option<string?> CollectedOn = new("--collected-on") { Description = "Collection date yyyy-MM-dd (default today)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("add", "Register a woman (first collection form)")
        {
            Name, IdNumber, Village, Phone, Ethnicity, Address, Health, Economic, HusbandName, WorkPlace, Departure, Needs, Consent, CollectedBy, CollectedOn,
        };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            string Ask(Option<string?> option, string question) =>
                parse.GetValue(option) ?? (context.Interactive ? context.Console.Ask<string>(question) : throw new CliException(Words.F("{0} is required.", option.Name)));
            var woman = new Woman
            {
                Name = Ask(Name, Words.T("Name:")),
                ResidentIdNumber = Ask(IdNumber, Words.T("Resident ID number:")),
                VillageCode = Ask(Village, Words.T("Village code:")),
                Phone = parse.GetValue(Phone)!,
                Ethnicity = parse.GetValue(Ethnicity)!,
                Address = parse.GetValue(Address)!,
                Health = EnumText.Parse(LedgerLabels.Health, Ask(Health, Words.T("Health:")), "--health"),
                EconomicStatus = EnumText.Parse(LedgerLabels.Economic, Ask(Economic, Words.T("Economic status:")), "--economic"),
                Husband = new Husband
                {
                    Name = Ask(HusbandName, Words.T("Husband's name:")),
                    WorkPlace = EnumText.Parse(LedgerLabels.WorkPlace, Ask(WorkPlace, Words.T("Husband's work place (省内/省外/境外):")), "--husband-work-place"),
                    DepartureDate = WomenCommands.DateOption(Ask(Departure, Words.T("Departure date (yyyy-MM-dd):")), context, "--husband-departure"),
                },
                ConsentToShare = parse.GetValue(Consent),
                CollectedBy = parse.GetValue(CollectedBy) ?? Environment.UserName,
                CollectedOn = WomenCommands.DateOption(parse.GetValue(CollectedOn), context, "--collected-on"),
            };
            woman.Needs.AddRange((parse.GetValue(Needs) ?? []).Select(n => EnumText.Parse(LedgerLabels.Need, n, "--need")));
            var created = await WomenCommands.Client(connection).CreateWomanAsync(
                new CreateWomanRequest { RequestId = Guid.NewGuid().ToString("N"), Woman = woman }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Registered woman {0}: {1}, {2}, left-behind: {3}.", created.Id, created.Name, Words.Name(LedgerLabels.Priority, created.Priority), Words.YesNo(created.LeftBehind)));
        });
        return command;
    }
}
