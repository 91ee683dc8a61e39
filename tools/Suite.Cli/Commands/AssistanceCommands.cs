using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite assistance programmes | gaps | apply | applications | advance | benefits | referrals.</summary>
public static class AssistanceCommands
{
    public static Command Create(CliContext context) => new("assistance", "Programmes, applications, coverage gaps and referrals")
    {
        Programmes(context), Gaps(context), Apply(context), Applications(context), Advance(context), Benefits(context),
    };

    /// <summary>The catalogue's names by code ("minimum-living-allowance" → 最低生活保障): tables show names, not codes.</summary>
    private static async Task<Dictionary<string, string>> ProgrammeNamesAsync(Connection connection, CancellationToken ct)
    {
        var client = new ProgrammeService.ProgrammeServiceClient(Channel(connection));
        var names = new Dictionary<string, string>();
        var request = new ListProgrammesRequest { PageSize = 500 };
        do
        {
            var page = await client.ListProgrammesAsync(request, connection.Headers(), cancellationToken: ct);
            foreach (var p in page.Programmes)
            {
                names[p.Code] = p.Name;
            }
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return names;
    }

    private static Command Programmes(CliContext context)
    {
        var limit = Pages.LimitOption();
        var command = new Command("programmes", "The programme catalogue") { limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => new ProgrammeService.ProgrammeServiceClient(Channel(connection)).ListProgrammesAsync(new ListProgrammesRequest { PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Programmes, p => p.NextPageToken);
            var table = Tables.With("Code", "Programme name", "Department", "Kind", "Active");
            foreach (var p in list.Items)
            {
                table.AddRow(p.Code, Markup.Escape(p.Name), Words.Code("department", p.LeadDepartment), Words.Name(AssistanceLabels.Kind, p.Kind), Words.YesNo(p.Active));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Gaps(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var programme = new Option<string?>("--programme") { Description = "List the women eligible for this programme but not enrolled" };
        var women = new Option<bool>("--women") { Description = "List the priority women without assistance" };
        var limit = new Option<int>("--limit") { Description = "At most this many women in the list", DefaultValueFactory = _ => 100 };
        var command = new Command("gaps", "Coverage gaps (应保尽保): who needs assistance and has none") { area, programme, women, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = new CoverageService.CoverageServiceClient(Channel(connection));
            if (parse.GetValue(programme) is { } code || parse.GetValue(women))
            {
                var size = Math.Clamp(parse.GetValue(limit), 1, 500);
                var list = await client.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = parse.GetValue(area)!, ProgrammeCode = parse.GetValue(programme) ?? "", PageSize = size }, connection.Headers(), cancellationToken: ct);
                var names = await new WomenNames(connection, ct).LoadAsync(list.Women.Select(w => w.WomanId));
                var villages = await new AreaNames(connection, ct).LoadAsync(list.Women.Select(w => w.VillageCode));
                var rows = Tables.With("Woman", "Name", "Village", "Priority");
                foreach (var w in list.Women)
                {
                    rows.AddRow(w.WomanId.ToString(), Markup.Escape(names.Name(w.WomanId)), Markup.Escape(villages.Label(w.VillageCode)), Words.Name(LedgerLabels.Priority, w.Priority));
                }
                context.Console.Write(rows);
                context.Console.WriteLine(Words.F("{0} women", list.Women.Count) + (list.NextPageToken.Length > 0 ? Words.T(" (more: raise --limit)") : ""));
                return;
            }
            var gaps = await client.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = parse.GetValue(area)! }, connection.Headers(), cancellationToken: ct);
            context.Console.WriteLine(Words.F("{0}: {1} active women, {2} priority, {3} priority without assistance",
                await new AreaNames(connection, ct).LabelAsync(parse.GetValue(area)!), gaps.ActiveWomen, gaps.PriorityWomen, gaps.PriorityWithoutAssistance));
            var programmes = await ProgrammeNamesAsync(connection, ct);
            var table = Tables.With("Programme", "Eligible", "Enrolled", "Not enrolled");
            foreach (var g in gaps.Programmes)
            {
                table.AddRow(Markup.Escape(programmes.GetValueOrDefault(g.ProgrammeCode, g.ProgrammeCode)), g.Eligible.ToString(), g.Enrolled.ToString(), g.NotEnrolled.ToString());
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
            await context.Out.WriteLineAsync(Words.F("Application {0} for woman {1}: {2}", application.Id, application.WomanId, Words.T(application.Eligible ? "meets the rules" : "does NOT meet the rules")));
            foreach (var rule in application.Eligibility)
            {
                await context.Out.WriteLineAsync($"  {(rule.Passed ? "✓" : "✗")} {Words.T(rule.Rule)}: {Words.T(rule.Explanation)}");
            }
        });
        return command;
    }

    private static Command Benefits(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var command = new Command("benefits", "A woman's benefits: each application's payments, screenings and services") { woman };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            // Her applications as Assistance shows them to the caller (her records there), then each one's benefits.
            var records = new List<WomanRecord>();
            var request = new ListWomanRecordsRequest { WomanId = parse.GetValue(woman), PageSize = 500 };
            var recordsClient = new WomanRecordsService.WomanRecordsServiceClient(connection.Channel(ResourceNames.Assistance));
            do
            {
                var page = await recordsClient.ListWomanRecordsAsync(request, connection.Headers(), cancellationToken: ct);
                records.AddRange(page.Records);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            var table = Tables.With("Application", "Programme", "Kind", "Month or date", "Amount (yuan)", "Paid on", "Result or note");
            var rows = 0;
            foreach (var application in records.Where(r => r.Kind == "application"))
            {
                var programme = application.Summary.Split('：')[0];
                var benefits = await Pages.ReadAsync(0, token => BenefitClient(connection).ListBenefitsAsync(new ListBenefitsRequest
                {
                    ApplicationId = application.Id, PageSize = Pages.Size, PageToken = token,
                }, connection.Headers(), cancellationToken: ct).ResponseAsync, r => r.Benefits, r => r.NextPageToken);
                foreach (var b in benefits.Items)
                {
                    rows++;
                    table.AddRow(application.Id.ToString(), Markup.Escape(programme), Words.Name(AssistanceLabels.Benefit, b.Kind),
                        b.Month.Length > 0 ? b.Month : b.Date?.ToIsoString() ?? "", b.AmountFen == 0 ? "" : (b.AmountFen / 100m).ToString("0.00"),
                        b.PaidOn?.ToIsoString() ?? "", Markup.Escape(string.Join(" ", new[] { Words.Name(AssistanceLabels.Screening, b.ScreeningResult), b.Note }.Where(t => t.Length > 0))));
                }
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("{0} benefits of {1} applications", rows, records.Count(r => r.Kind == "application")));
        });
        return command;
    }

    private static BenefitService.BenefitServiceClient BenefitClient(Connection connection) => new(connection.Channel(ResourceNames.Assistance));

    private static Command Applications(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("applications", "List applications, newest first") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListApplicationsAsync(new ListApplicationsRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Applications, p => p.NextPageToken);
            var villages = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(a => a.VillageCode));
            var programmes = await ProgrammeNamesAsync(connection, ct);
            var table = Tables.With("Id", "Woman", "Name", "Village", "Programme", "Status", "Eligible");
            foreach (var a in list.Items)
            {
                table.AddRow(a.Id.ToString(), a.WomanId.ToString(), Markup.Escape(a.WomanName), Markup.Escape(villages.Label(a.VillageCode)),
                    Markup.Escape(programmes.GetValueOrDefault(a.ProgrammeCode, a.ProgrammeCode)),
                    Words.Name(AssistanceLabels.Status, a.Status), Words.YesNo(a.Eligible));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Advance(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Application id" };
        var action = new Option<string>("--action") { Description = "审核/批准/不予批准/发放/终止 (or start-review, approve, reject, activate, end)", Required = true };
        var reason = new Option<string>("--reason") { Description = "Reason (required to reject or end, and to approve an ineligible application: an override)", DefaultValueFactory = _ => "" };
        var command = new Command("advance", "Move an application one step") { id, action, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetApplicationAsync(new GetApplicationRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var step = EnumText.Parse(AssistanceLabels.Action, parse.GetValue(action)!, "--action");
            var next = await client.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = current.Id, Etag = current.Etag, Action = step, Reason = parse.GetValue(reason)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Application {0} is now {1}.", next.Id, Words.Name(AssistanceLabels.Status, next.Status)));
        });
        return command;
    }

    private static Grpc.Net.Client.GrpcChannel Channel(Connection connection) => connection.Channel(ResourceNames.Assistance);

    private static ApplicationService.ApplicationServiceClient Client(Connection connection) => new(Channel(connection));
}
