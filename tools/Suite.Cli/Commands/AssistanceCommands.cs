using Suite.Ledger;
using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;

namespace Suite.Cli.Commands;

/// <summary>suite assistance programmes | gaps | apply | applications | advance | referrals.</summary>
public static class AssistanceCommands
{
    public static Command Create(CliContext context) => new("assistance", "Programmes, applications, coverage gaps and referrals")
    {
        Programmes(context), Gaps(context), Apply(context), Applications(context), Advance(context), Referrals(context),
    };

    private static Command Programmes(CliContext context)
    {
        var command = new Command("programmes", "The programme catalogue");
        SuiteCli.Action(command, context, async (_, connection, ct) =>
        {
            var list = await new ProgrammeService.ProgrammeServiceClient(Channel(connection)).ListProgrammesAsync(new ListProgrammesRequest(), connection.Headers(), cancellationToken: ct);
            var table = new Table().AddColumns("Code", "Name", "Department", "Kind", "Active");
            foreach (var p in list.Programmes)
            {
                table.AddRow(p.Code, Markup.Escape(p.Name), p.LeadDepartment, ProtoEnumNames.Of(p.Kind), p.Active ? "yes" : "no");
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static Command Gaps(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var programme = new Option<string?>("--programme") { Description = "List the women eligible for this programme but not enrolled" };
        var women = new Option<bool>("--women") { Description = "List the priority women without assistance" };
        var command = new Command("gaps", "Coverage gaps (应保尽保): who needs assistance and has none") { area, programme, women };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = new CoverageService.CoverageServiceClient(Channel(connection));
            if (parse.GetValue(programme) is { } code || parse.GetValue(women))
            {
                var list = await client.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = parse.GetValue(area)!, ProgrammeCode = parse.GetValue(programme) ?? "", PageSize = 500 }, connection.Headers(), cancellationToken: ct);
                foreach (var w in list.Women)
                {
                    await context.Out.WriteLineAsync($"{w.WomanId}\t{w.VillageCode}\t{ProtoEnumNames.Of(w.Priority)}");
                }
                await context.Out.WriteLineAsync($"{list.Women.Count} women");
                return;
            }
            var gaps = await client.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = parse.GetValue(area)! }, connection.Headers(), cancellationToken: ct);
            context.Console.WriteLine($"{gaps.ActiveWomen} active women, {gaps.PriorityWomen} priority, {gaps.PriorityWithoutAssistance} priority without assistance");
            var table = new Table().AddColumns("Programme", "Eligible", "Enrolled", "Not enrolled");
            foreach (var g in gaps.Programmes)
            {
                table.AddRow(g.ProgrammeCode, g.Eligible.ToString(), g.Enrolled.ToString(), g.NotEnrolled.ToString());
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static Command Apply(CliContext context)
    {
        var woman = new Option<long>("--woman") { Description = "Registry id of the woman", Required = true };
        var programme = new Option<string>("--programme") { Description = "Programme code", Required = true };
        var command = new Command("apply", "Open an application for a woman (eligibility is checked against the Registry)") { woman, programme };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var application = await Client(connection).CreateApplicationAsync(new CreateApplicationRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), WomanId = parse.GetValue(woman), ProgrammeCode = parse.GetValue(programme)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync($"Application {application.Id} for woman {application.WomanId}: {(application.Eligible ? "eligible" : "NOT eligible")}");
            foreach (var rule in application.Eligibility)
            {
                await context.Out.WriteLineAsync($"  {(rule.Passed ? "✓" : "✗")} {rule.Rule}: {rule.Explanation}");
            }
        });
        return command;
    }

    private static Command Applications(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var command = new Command("applications", "List applications, newest first") { area };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Client(connection).ListApplicationsAsync(new ListApplicationsRequest { AreaCode = parse.GetValue(area)!, PageSize = 200 }, connection.Headers(), cancellationToken: ct);
            var table = new Table().AddColumns("Id", "Woman", "Village", "Programme", "Status", "Eligible");
            foreach (var a in list.Applications)
            {
                table.AddRow(a.Id.ToString(), Markup.Escape(a.WomanName), a.VillageCode, a.ProgrammeCode, ProtoEnumNames.Of(a.Status), a.Eligible ? "yes" : "no");
            }
            context.Console.Write(table);
        });
        return command;
    }

    private static Command Advance(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Application id" };
        var action = new Option<string>("--action") { Description = "start-review, approve, reject, activate or end", Required = true };
        var reason = new Option<string>("--reason") { Description = "Reason (required to reject or end, and to approve an ineligible application: an override)", DefaultValueFactory = _ => "" };
        var command = new Command("advance", "Move an application one step") { id, action, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetApplicationAsync(new GetApplicationRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var step = EnumText.Parse(new CsvLabels<ApplicationAction>(), parse.GetValue(action)!, "--action");
            var next = await client.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = current.Id, Etag = current.Etag, Action = step, Reason = parse.GetValue(reason)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync($"Application {next.Id} is now {ProtoEnumNames.Of(next.Status)}.");
        });
        return command;
    }

    private static Command Referrals(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var command = new Command("referrals", "Open referrals: priority women without assistance, screening diagnoses") { area };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await new ReferralService.ReferralServiceClient(Channel(connection)).ListReferralsAsync(
                new ListReferralsRequest { AreaCode = parse.GetValue(area)!, OpenOnly = true, PageSize = 200 }, connection.Headers(), cancellationToken: ct);
            foreach (var r in list.Referrals)
            {
                await context.Out.WriteLineAsync($"{r.Id}\twoman {r.WomanId}\t{r.VillageCode}\t{r.Reason}");
            }
            await context.Out.WriteLineAsync($"{list.Referrals.Count} open referrals");
        });
        return command;
    }

    private static Grpc.Net.Client.GrpcChannel Channel(Connection connection) => connection.Channel(ResourceNames.Assistance);

    private static ApplicationService.ApplicationServiceClient Client(Connection connection) => new(Channel(connection));
}
