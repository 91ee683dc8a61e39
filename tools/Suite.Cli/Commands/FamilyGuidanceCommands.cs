using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite family pair | session | overdue | concern | concerns | concern-close | households | coverage | stats.</summary>
public static class FamilyGuidanceCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
        [Pair(context), Session(context), Overdue(context), Concern(context), Concerns(context), ConcernClose(context), Households(context), Coverage(context), Stats(context)];

    private static Command Pair(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var guide = new Option<string>("--guide") { Required = true, Description = "The guide's name" };
        var kind = new Option<string>("--guide-kind") { Description = FamilyEducationLabels.Guide.Choices, DefaultValueFactory = _ => "志愿者" };
        var organisation = new Option<string>("--organisation") { Description = "The guide's organisation", DefaultValueFactory = _ => "" };
        var first = new Option<string>("--first-session") { Required = true, Description = "Date of the first session, yyyy-MM-dd" };
        var command = new Command("pair", "Pair a volunteer or agency with a household (一对一、面对面)") { woman, guide, kind, organisation, first };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Client(connection).CreatePairingAsync(new CreatePairingRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), WomanId = parse.GetValue(woman), GuideName = parse.GetValue(guide)!,
                GuideKind = EnumText.Parse(FamilyEducationLabels.Guide, parse.GetValue(kind)!, "--guide-kind"), Organisation = parse.GetValue(organisation)!,
                FirstSessionDate = Dates.Parse(parse.GetValue(first)!, "--first-session"),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Pairing {0} made: {1} guides the household of woman {2}, first session {3}", p.Id, p.GuideName, p.WomanId, p.NextSessionDate.ToIsoString()));
        });
        return command;
    }

    private static Command Session(CliContext context)
    {
        var pairing = new Option<long>("--pairing") { Required = true, Description = "Pairing id" };
        var date = new Option<string>("--date") { Required = true, Description = "Date held, yyyy-MM-dd" };
        var form = new Option<string>("--form") { Description = FamilyEducationLabels.Form.Choices, DefaultValueFactory = _ => "入户" };
        var topics = new Option<string[]>("--topic") { Required = true, Description = $"A topic (repeat): {FamilyEducationLabels.Topic.Choices}" };
        var note = new Option<string>("--note") { Description = "Note", DefaultValueFactory = _ => "" };
        var next = new Option<string>("--next") { Required = true, Description = "Date of the next session, yyyy-MM-dd" };
        var command = new Command("session", "Record a guidance session and when the next is due") { pairing, date, form, topics, note, next };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetPairingAsync(new GetPairingRequest { Id = parse.GetValue(pairing) }, connection.Headers(), cancellationToken: ct);
            var p = await client.RecordSessionAsync(new RecordSessionRequest
            {
                PairingId = current.Id, Etag = current.Etag, NextSessionDate = Dates.Parse(parse.GetValue(next)!, "--next"),
                Session = new GuidanceSession
                {
                    Date = Dates.Parse(parse.GetValue(date)!, "--date"), Form = EnumText.Parse(FamilyEducationLabels.Form, parse.GetValue(form)!, "--form"), Note = parse.GetValue(note)!,
                    Topics = { parse.GetValue(topics)!.Select(t => EnumText.Parse(FamilyEducationLabels.Topic, t, "--topic")) },
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Session recorded: pairing {0}, {1} sessions, next {2}", p.Id, p.Sessions.Count, p.NextSessionDate.ToIsoString()));
        });
        return command;
    }

    private static Command Overdue(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("overdue", "Pairings whose next session is overdue") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListOverdueGuidanceAsync(new ListOverdueGuidanceRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Pairings, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(p => p.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(p => p.VillageCode));
            var table = Tables.With("Pairing", "Woman", "Name", "Village", "Guide", "Due", "Sessions");
            foreach (var p in list.Items)
            {
                table.AddRow(Id(p.Id), Id(p.WomanId), Markup.Escape(names.Name(p.WomanId)), Markup.Escape(areas.Label(p.VillageCode)), Markup.Escape(p.GuideName), p.NextSessionDate.ToIsoString(), p.Sessions.Count.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
            await context.Out.WriteLineAsync(Words.F("{0} households overdue", list.Items.Count));
        });
        return command;
    }

    private static Command Concern(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman whose child it concerns" };
        var kind = new Option<string>("--kind") { Required = true, Description = FamilyEducationLabels.Concern.Choices };
        var severity = new Option<string>("--severity") { Description = FamilyEducationLabels.Severity.Choices, DefaultValueFactory = _ => "关注" };
        var narrative = new Option<string>("--narrative") { Required = true, Description = "What was seen (kept in Family education, encrypted)" };
        var command = new Command("concern", "Raise a concern about a child's care; a serious one notifies civil affairs") { woman, kind, severity, narrative };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var c = await Client(connection).RaiseConcernAsync(new RaiseConcernRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), WomanId = parse.GetValue(woman), Kind = EnumText.Parse(FamilyEducationLabels.Concern, parse.GetValue(kind)!, "--kind"),
                Severity = EnumText.Parse(FamilyEducationLabels.Severity, parse.GetValue(severity)!, "--severity"), Narrative = parse.GetValue(narrative)!,
            }, connection.Headers(), cancellationToken: ct);
            var notice = c.Severity == Severity.Serious ? Words.T(", civil affairs (the children's director) notified") : "";
            await context.Out.WriteLineAsync(Words.F("Concern {0} recorded: {1} ({2}){3}", c.Id, Words.Name(FamilyEducationLabels.Concern, c.Kind), Words.Name(FamilyEducationLabels.Severity, c.Severity), notice));
        });
        return command;
    }

    private static Command Concerns(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("concerns", "Open concerns about children's care") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListConcernsAsync(new ListConcernsRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Concerns, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(c => c.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(c => c.VillageCode));
            var table = Tables.With("Id", "Woman", "Name", "Village", "Concern", "Severity", "What was seen");
            foreach (var c in list.Items)
            {
                table.AddRow(Id(c.Id), Id(c.WomanId), Markup.Escape(names.Name(c.WomanId)), Markup.Escape(areas.Label(c.VillageCode)), Words.Name(FamilyEducationLabels.Concern, c.Kind),
                    Words.Name(FamilyEducationLabels.Severity, c.Severity), c.Narrative.Length > 0 ? Markup.Escape(c.Narrative) : Words.T("(not yours to read)"));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command ConcernClose(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Concern id" };
        var resolution = new Option<string>("--resolution") { Required = true, Description = "What was done" };
        var command = new Command("concern-close", "Close a concern with what was done") { id, resolution };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var current = await client.GetConcernAsync(new GetConcernRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var c = await client.CloseConcernAsync(new CloseConcernRequest { Id = current.Id, Etag = current.Etag, Resolution = parse.GetValue(resolution)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Concern {0} closed: {1}", c.Id, c.Resolution));
        });
        return command;
    }

    private static Command Households(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var children = new Option<bool>("--children") { Description = "Also the children's birth years and schooling (needs the children permission; the read is audited)" };
        var command = new Command("households", "Households with children under 16") { area, children };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new ListHouseholdsRequest { AreaCode = parse.GetValue(area)!, PageSize = 500, IncludeChildren = parse.GetValue(children) };
            var table = Tables.With("Woman", "Village", "Minor children", "Children");
            var areas = new AreaNames(connection, ct);
            var count = 0;
            do
            {
                var page = await Client(connection).ListHouseholdsAsync(request, connection.Headers(), cancellationToken: ct);
                await areas.LoadAsync(page.Households.Select(h => h.VillageCode));
                foreach (var h in page.Households)
                {
                    table.AddRow(Id(h.WomanId), Markup.Escape(areas.Label(h.VillageCode)), h.MinorChildren.ToString(CultureInfo.InvariantCulture),
                        string.Join("; ", h.Children.Select(c => Words.F("born {0} {1}", c.BirthYear, Words.Name(LedgerLabels.Schooling, c.Schooling)))));
                }
                count += page.Households.Count;
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("{0} households with minor children", count));
        });
        return command;
    }

    private static Command Coverage(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var quarter = new Option<int>("--quarter") { Required = true, Description = "Quarter 1-4" };
        var list = new Option<int>("--list") { Description = "Also list this many households not reached (at most 500)" };
        var command = new Command("coverage", "Households with minor children reached in a quarter (an activity or a guidance session)") { area, year, quarter, list };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var c = await Client(connection).GetCoverageAsync(new GetCoverageRequest
            {
                AreaCode = parse.GetValue(area)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter), ListUnreached = parse.GetValue(list),
            }, connection.Headers(), cancellationToken: ct);
            var share = c.Households == 0 ? 0 : 100.0 * c.Reached / c.Households;
            await context.Out.WriteLineAsync(Words.F("{0}, {1} Q{2}: {3} households with minor children, {4} reached ({5:0.0}%), {6} not reached",
                await Area(connection, ct, c.AreaCode), parse.GetValue(year), parse.GetValue(quarter), c.Households, c.Reached, share, c.NotReached));
            if (c.UnreachedWomen.Count > 0)
            {
                var names = await new WomenNames(connection, ct).LoadAsync(c.UnreachedWomen);
                await context.Out.WriteLineAsync(Words.T("Households not reached (woman): ") + string.Join(Words.English ? ", " : "、", c.UnreachedWomen.Select(id => $"{names.Name(id)} {id}".Trim())));
            }
        });
        return command;
    }

    private static Command Stats(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var from = new Option<string>("--from") { Required = true, Description = "From, yyyy-MM-dd" };
        var to = new Option<string>("--to") { Required = true, Description = "To, yyyy-MM-dd" };
        var command = new Command("stats", "Activities, person-times, households reached, guidance, coverage and concerns of a period") { area, from, to };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var s = await Client(connection).GetFamilyEducationStatisticsAsync(new GetFamilyEducationStatisticsRequest
            {
                AreaCode = parse.GetValue(area)!, FromDate = Dates.Parse(parse.GetValue(from)!, "--from"), ToDate = Dates.Parse(parse.GetValue(to)!, "--to"),
            }, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Activity kind", "Activities", "Person-times");
            foreach (var k in s.ByKind)
            {
                table.AddRow(Words.English ? k.Kind : FamilyEducationLabels.Activity.LabelOf(k.Kind) ?? k.Kind, k.Activities.ToString(CultureInfo.InvariantCulture), k.PersonTimes.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("{0}: {1} households reached, {2} guidance sessions; {3} households with minor children, {4} reached; concerns: {5} raised, {6} closed",
                await Area(connection, ct, s.AreaCode), s.HouseholdsReached, s.GuidanceSessions, s.HouseholdsWithMinorChildren, s.MinorHouseholdsReached, s.ConcernsRaised, s.ConcernsClosed));
        });
        return command;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Area(Connection connection, CancellationToken ct, string code) =>
        code.Length == 0 ? Words.T("the whole province") : await new AreaNames(connection, ct).LabelAsync(code);

    public static GuidanceService.GuidanceServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.FamilyEducation));
}
