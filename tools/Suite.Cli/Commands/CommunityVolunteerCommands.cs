using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Commands;

/// <summary>
/// suite community volunteers team-add | teams | member-add | members | hours | pairing-add | pairings | pairing-contact | pairing-end and
/// suite community organisations add | list | project-add | projects | project | attach | accept.
/// </summary>
public static class CommunityVolunteerCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        CommunityCommands.Group("volunteers", "Volunteer teams, their service hours, and executive members paired with women (执委手拉手)",
            TeamAdd(context), Teams(context), MemberAdd(context), Members(context), Hours(context), PairingAdd(context), Pairings(context), PairingContact(context), PairingEnd(context)),
        CommunityCommands.Group("organisations", "Social organisations and the services departments buy from them (政府购买服务)",
            OrganisationAdd(context), Organisations(context), ProjectAdd(context), Projects(context), ProjectShow(context), Attach(context), Accept(context)),
    ];

    private static VolunteerService.VolunteerServiceClient Volunteers(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static OrganisationService.OrganisationServiceClient Organisations(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Department(string code) => Words.Code("department", code);

    private static Command TeamAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Team name" };
        var area = new Option<string>("--area") { Required = true, Description = "Township (9) or village (12 digits) code" };
        var leader = new Option<string>("--leader") { Required = true, Description = "The team leader's name" };
        var phone = new Option<string>("--phone") { Description = "The leader's mobile number", DefaultValueFactory = _ => "" };
        var command = new Command("team-add", "Record a volunteer team") { name, area, leader, phone };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var team = await Volunteers(connection).CreateTeamAsync(new CreateTeamRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Team = new VolunteerTeam { Name = parse.GetValue(name)!, AreaCode = parse.GetValue(area)!, LeaderName = parse.GetValue(leader)!, Phone = parse.GetValue(phone)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Team {0} recorded: {1} ({2}), leader {3}", team.Id, team.Name, await new AreaNames(connection, ct).LabelAsync(team.AreaCode), team.LeaderName));
        });
        return command;
    }

    private static Command Teams(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("teams", "Volunteer teams of an area") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Volunteers(connection).ListTeamsAsync(new ListTeamsRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Teams, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(t => t.AreaCode));
            var table = Tables.With("Id", "Team", "Area", "Leader", "Telephone");
            foreach (var t in list.Items)
            {
                table.AddRow(Id(t.Id), Markup.Escape(t.Name), Markup.Escape(areas.Label(t.AreaCode)), Markup.Escape(t.LeaderName), Markup.Escape(t.Phone));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command MemberAdd(CliContext context)
    {
        var team = new Option<long>("--team") { Required = true, Description = "Team id" };
        var name = new Option<string>("--name") { Required = true, Description = "The volunteer's name" };
        var phone = new Option<string>("--phone") { Description = "The volunteer's mobile number", DefaultValueFactory = _ => "" };
        var woman = new Option<long>("--woman") { Description = "Her Registry id, when the volunteer is herself on the ledger" };
        var command = new Command("member-add", "Add a volunteer to a team") { team, name, phone, woman };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var m = await Volunteers(connection).AddMemberAsync(new AddTeamMemberRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Member = new TeamMember { TeamId = parse.GetValue(team), Name = parse.GetValue(name)!, Phone = parse.GetValue(phone)!, WomanId = parse.GetValue(woman) },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Volunteer {0} added to team {1}: {2}", m.Id, m.TeamId, m.Name));
        });
        return command;
    }

    private static Command Members(CliContext context)
    {
        var team = new Option<long>("--team") { Required = true, Description = "Team id" };
        var limit = Pages.LimitOption();
        var command = new Command("members", "The volunteers of a team") { team, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Volunteers(connection).ListMembersAsync(new ListTeamMembersRequest { TeamId = parse.GetValue(team), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Members, p => p.NextPageToken);
            var table = Tables.With("Id", "Name", "Telephone", "Woman");
            foreach (var m in list.Items)
            {
                table.AddRow(Id(m.Id), Markup.Escape(m.Name), Markup.Escape(m.Phone), m.WomanId > 0 ? Id(m.WomanId) : "");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Hours(CliContext context)
    {
        var team = new Option<long>("--team") { Required = true, Description = "Team id" };
        var member = new Option<long>("--member") { Required = true, Description = "The volunteer's id" };
        var date = new Option<string>("--date") { Required = true, Description = "Date served, yyyy-MM-dd" };
        var hours = new Option<double>("--hours") { Required = true, Description = "Hours, 0.5 to 24 in half hours" };
        var kind = new Option<string>("--kind") { Required = true, Description = CommunityLabels.VolunteerService.Choices };
        var women = new Option<long[]>("--woman") { Description = "Registry id of a woman served (repeat)" };
        var project = new Option<long>("--project") { Description = "The purchased-service project it was given under" };
        var command = new Command("hours", "Log a volunteer's service hours") { team, member, date, hours, kind, women, project };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Volunteers(connection);
            var log = await client.LogServiceHoursAsync(new LogServiceHoursRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Log = new ServiceHoursLog
                {
                    TeamId = parse.GetValue(team), MemberId = parse.GetValue(member), Date = Dates.Parse(parse.GetValue(date)!, "--date"), Hours = parse.GetValue(hours),
                    Kind = EnumText.Parse(CommunityLabels.VolunteerService, parse.GetValue(kind)!, "--kind"), WomenServed = { parse.GetValue(women) ?? [] }, ProjectId = parse.GetValue(project),
                },
            }, connection.Headers(), cancellationToken: ct);
            var total = await client.GetTeamAsync(new GetTeamRequest { Id = log.TeamId }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Logged {0} hours of {1} on {2} (log {3}); team {4} has {5} hours in all", Hours(log.Hours),
                Words.Name(CommunityLabels.VolunteerService, log.Kind), log.Date.ToIsoString(), log.Id, total.Name, Hours(total.TotalHours)));
        });
        return command;
    }

    private static Command PairingAdd(CliContext context)
    {
        var executive = new Option<string>("--executive") { Required = true, Description = "The executive member's name" };
        var position = new Option<string>("--position") { Required = true, Description = "Her position" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var start = new Option<string>("--start") { Description = "Date the pairing begins, yyyy-MM-dd (today if not given)" };
        var command = new Command("pairing-add", "Pair a federation executive member with a woman (执委手拉手)") { executive, position, woman, start };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Volunteers(connection).CreateExecutivePairingAsync(new CreateExecutivePairingRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), ExecutiveName = parse.GetValue(executive)!, ExecutivePosition = parse.GetValue(position)!, WomanId = parse.GetValue(woman),
                StartDate = parse.GetValue(start) is { } s ? Dates.Parse(s, "--start") : Date.From(DateOnly.FromDateTime(context.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime)),
            }, connection.Headers(), cancellationToken: ct);
            var names = await new WomenNames(connection, ct).LoadAsync([p.WomanId]);
            await context.Out.WriteLineAsync(Words.F("Executive pairing {0} made: {1} ({2}) with woman {3} {4}, from {5}", p.Id, p.ExecutiveName, p.ExecutivePosition, p.WomanId,
                names.Name(p.WomanId), p.StartDate.ToIsoString()));
        });
        return command;
    }

    private static Command Pairings(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var ended = new Option<bool>("--ended") { Description = "Also pairings that have ended" };
        var limit = Pages.LimitOption();
        var command = new Command("pairings", "Executive pairings of an area with their last contact") { area, ended, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Volunteers(connection).ListExecutivePairingsAsync(new ListExecutivePairingsRequest { AreaCode = parse.GetValue(area)!, IncludeEnded = parse.GetValue(ended), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Pairings, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(p => p.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(p => p.VillageCode));
            var table = Tables.With("Pairing", "Executive", "Position", "Woman", "Name", "Village", "Since", "Contacts", "Last contact", "Ended");
            foreach (var p in list.Items)
            {
                table.AddRow(Id(p.Id), Markup.Escape(p.ExecutiveName), Markup.Escape(p.ExecutivePosition), Id(p.WomanId), Markup.Escape(names.Name(p.WomanId)),
                    Markup.Escape(areas.Label(p.VillageCode)), p.StartDate.ToIsoString(), p.ContactCount.ToString(CultureInfo.InvariantCulture),
                    p.LastContactDate?.ToIsoString() ?? "", p.EndDate?.ToIsoString() ?? "");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command PairingContact(CliContext context)
    {
        var pairing = new Option<long>("--pairing") { Required = true, Description = "Pairing id" };
        var date = new Option<string>("--date") { Required = true, Description = "Date of the contact, yyyy-MM-dd" };
        var form = new Option<string>("--form") { Description = CommunityLabels.ContactForm.Choices, DefaultValueFactory = _ => "走访" };
        var command = new Command("pairing-contact", "Record a contact of an executive pairing") { pairing, date, form };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Volunteers(connection).RecordPairingContactAsync(new RecordPairingContactRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), PairingId = parse.GetValue(pairing), Date = Dates.Parse(parse.GetValue(date)!, "--date"),
                Form = EnumText.Parse(CommunityLabels.ContactForm, parse.GetValue(form)!, "--form"),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Contact recorded: pairing {0}, {1} contacts, last {2}", p.Id, p.ContactCount, p.LastContactDate?.ToIsoString() ?? ""));
        });
        return command;
    }

    private static Command PairingEnd(CliContext context)
    {
        var id = new Option<long>("--pairing") { Required = true, Description = "Pairing id" };
        var command = new Command("pairing-end", "End an executive pairing today") { id };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Volunteers(connection);
            var pairings = await client.ListExecutivePairingsAsync(new ListExecutivePairingsRequest { IncludeEnded = false, PageSize = 500 }, connection.Headers(), cancellationToken: ct);
            var current = pairings.Pairings.FirstOrDefault(p => p.Id == parse.GetValue(id)) ?? throw new CliException(Words.F("No running pairing {0} in your area", parse.GetValue(id)));
            var p = await client.EndPairingAsync(new EndExecutivePairingRequest { Id = current.Id, Etag = current.Etag }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Executive pairing {0} ended on {1}", p.Id, p.EndDate.ToIsoString()));
        });
        return command;
    }

    private static Command OrganisationAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Organisation name" };
        var code = new Option<string>("--code") { Required = true, Description = "Unified social credit code (18 characters)" };
        var area = new Option<string>("--area") { Required = true, Description = "County (6), township (9) or village (12 digits) code" };
        var kind = new Option<string>("--kind") { Required = true, Description = CommunityLabels.Organisation.Choices };
        var qualifications = new Option<string[]>("--qualification") { Description = "A qualification (repeat), e.g. 民政部门登记" };
        var contact = new Option<string>("--contact") { Required = true, Description = "Contact person" };
        var phone = new Option<string>("--phone") { Description = "Contact telephone", DefaultValueFactory = _ => "" };
        var command = new Command("add", "Register a social organisation") { name, code, area, kind, qualifications, contact, phone };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var o = await Organisations(connection).RegisterOrganisationAsync(new RegisterOrganisationRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Organisation = new Organisation
                {
                    Name = parse.GetValue(name)!, CreditCode = parse.GetValue(code)!.Trim().ToUpperInvariant(), AreaCode = parse.GetValue(area)!,
                    Kind = EnumText.Parse(CommunityLabels.Organisation, parse.GetValue(kind)!, "--kind"), Qualifications = { parse.GetValue(qualifications) ?? [] },
                    ContactName = parse.GetValue(contact)!, ContactPhone = parse.GetValue(phone)!,
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Organisation {0} registered: {1} ({2}, {3})", o.Id, o.Name, Words.Name(CommunityLabels.Organisation, o.Kind), o.CreditCode));
        });
        return command;
    }

    private static Command Organisations(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var kind = new Option<string?>("--kind") { Description = CommunityLabels.Organisation.Choices };
        var limit = Pages.LimitOption();
        var command = new Command("list", "Social organisations of an area") { area, kind, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var only = parse.GetValue(kind) is { } k ? EnumText.Parse(CommunityLabels.Organisation, k, "--kind") : OrganisationKind.Unspecified;
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Organisations(connection).ListOrganisationsAsync(new ListOrganisationsRequest { AreaCode = parse.GetValue(area)!, Kind = only, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Organisations, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(o => o.AreaCode));
            var table = Tables.With("Id", "Organisation", "Credit code", "Kind", "Area", "Qualifications", "Contact", "Telephone");
            foreach (var o in list.Items)
            {
                table.AddRow(Id(o.Id), Markup.Escape(o.Name), o.CreditCode, Words.Name(CommunityLabels.Organisation, o.Kind), Markup.Escape(areas.Label(o.AreaCode)),
                    Markup.Escape(string.Join(Words.English ? ", " : "、", o.Qualifications)), Markup.Escape(o.ContactName), Markup.Escape(o.ContactPhone));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command ProjectAdd(CliContext context)
    {
        var organisation = new Option<long>("--organisation") { Required = true, Description = "The organisation's id" };
        var department = new Option<string>("--department") { Required = true, Description = "The buying department's code, e.g. womens-federation, civil-affairs, health" };
        var title = new Option<string>("--title") { Required = true, Description = "Project title" };
        var budget = new Option<long>("--budget") { Required = true, Description = "Budget in yuan" };
        var from = new Option<string>("--from") { Required = true, Description = "First day, yyyy-MM-dd" };
        var to = new Option<string>("--to") { Required = true, Description = "Last day, yyyy-MM-dd" };
        var area = new Option<string>("--area") { Required = true, Description = "County (6), township (9) or village (12 digits) code" };
        var services = new Option<string[]>("--service") { Required = true, Description = $"A service promised as kind=quantity (repeat): {CommunityLabels.ProjectService.Choices}" };
        var command = new Command("project-add", "Record a purchased-service project and the services it promises") { organisation, department, title, budget, from, to, area, services };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var project = new Project
            {
                OrganisationId = parse.GetValue(organisation), BuyingDepartment = parse.GetValue(department)!, Title = parse.GetValue(title)!, BudgetYuan = parse.GetValue(budget),
                FromDate = Dates.Parse(parse.GetValue(from)!, "--from"), ToDate = Dates.Parse(parse.GetValue(to)!, "--to"), AreaCode = parse.GetValue(area)!,
                Services = { parse.GetValue(services)!.Select(s => Quantity(s, "--service")) },
            };
            var p = await Organisations(connection).CreateProjectAsync(new CreateProjectRequest { RequestId = Guid.NewGuid().ToString("N"), Project = project }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Project {0} recorded: {1}, bought by {2}, {3} yuan, {4} to {5}", p.Id, p.Title, Department(p.BuyingDepartment), p.BudgetYuan,
                p.FromDate.ToIsoString(), p.ToDate.ToIsoString()));
        });
        return command;
    }

    private static Command Projects(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var department = new Option<string>("--department") { Description = "Only projects bought by this department (its code)", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("projects", "Purchased-service projects of an area") { area, department, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Organisations(connection).ListProjectsAsync(new ListProjectsRequest { AreaCode = parse.GetValue(area)!, BuyingDepartment = parse.GetValue(department)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Projects, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(p => p.AreaCode));
            var table = Tables.With("Id", "Project", "Organisation", "Buying department", "Area", "Period", "Budget (yuan)", "Status");
            foreach (var p in list.Items)
            {
                table.AddRow(Id(p.Id), Markup.Escape(p.Title), Id(p.OrganisationId), Markup.Escape(Department(p.BuyingDepartment)), Markup.Escape(areas.Label(p.AreaCode)),
                    $"{p.FromDate.ToIsoString()} ~ {p.ToDate.ToIsoString()}", p.BudgetYuan.ToString(CultureInfo.InvariantCulture), Words.Name(CommunityLabels.Project, p.Status));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command ProjectShow(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Project id" };
        var command = new Command("project", "A project: what it promised and what the records show it delivered") { id };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Organisations(connection).GetProjectAsync(new GetProjectRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            await WriteProjectAsync(context, connection, p, ct);
        });
        return command;
    }

    private static async Task WriteProjectAsync(CliContext context, Connection connection, Project p, CancellationToken ct)
    {
        var organisation = await Organisations(connection).GetOrganisationAsync(new GetOrganisationRequest { Id = p.OrganisationId }, connection.Headers(), cancellationToken: ct);
        await context.Out.WriteLineAsync(Words.F("Project {0}: {1} ({2})", p.Id, p.Title, Words.Name(CommunityLabels.Project, p.Status)));
        await context.Out.WriteLineAsync(Words.F("Delivered by {0}, bought by {1}, {2} yuan, {3} to {4}, {5}", organisation.Name, Department(p.BuyingDepartment), p.BudgetYuan,
            p.FromDate.ToIsoString(), p.ToDate.ToIsoString(), await new AreaNames(connection, ct).LabelAsync(p.AreaCode)));
        var table = Tables.With("Service", "Promised", "Delivered (records)", "Claimed");
        foreach (var d in p.Deliveries)
        {
            table.AddRow(Words.Name(CommunityLabels.ProjectService, d.Kind), d.Promised.ToString(CultureInfo.InvariantCulture), Hours(d.Delivered),
                d.HasClaimed ? d.Claimed.ToString(CultureInfo.InvariantCulture) : "");
        }
        context.Console.Write(table);
        await context.Out.WriteLineAsync(Words.F("Women served: {0}", p.WomenServed));
        if (p.AcceptedDate is not null)
        {
            await context.Out.WriteLineAsync(Words.F("Accepted on {0}", p.AcceptedDate.ToIsoString()));
        }
    }

    private static Command Attach(CliContext context)
    {
        var project = new Option<long>("--project") { Required = true, Description = "Project id" };
        var kind = new Option<string>("--kind") { Required = true, Description = CommunityLabels.ProjectRecord.Choices };
        var record = new Option<long>("--record") { Required = true, Description = "The session's or activity's id" };
        var command = new Command("attach", "Attach a counselling session or an activity to a project") { project, kind, record };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var recordKind = EnumText.Parse(CommunityLabels.ProjectRecord, parse.GetValue(kind)!, "--kind");
            var p = await Organisations(connection).AttachRecordAsync(new AttachRecordRequest { ProjectId = parse.GetValue(project), RecordKind = recordKind, RecordId = parse.GetValue(record) },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("{0} {1} attached to project {2}", Words.Name(CommunityLabels.ProjectRecord, recordKind), parse.GetValue(record), p.Id));
        });
        return command;
    }

    private static Command Accept(CliContext context)
    {
        var project = new Option<long>("--project") { Required = true, Description = "Project id" };
        var delivered = new Option<string[]>("--delivered") { Required = true, Description = $"What the organisation claims it delivered, as kind=quantity (repeat): {CommunityLabels.ProjectService.Choices}" };
        var reportOnly = new Option<bool>("--report-only") { Description = "Record the claims as a delivery report without accepting the project" };
        var command = new Command("accept", "Accept a project (验收) on the organisation's claims, none above the records") { project, delivered, reportOnly };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Organisations(connection);
            var current = await client.GetProjectAsync(new GetProjectRequest { Id = parse.GetValue(project) }, connection.Headers(), cancellationToken: ct);
            var claims = parse.GetValue(delivered)!.Select(s => Quantity(s, "--delivered")).ToList();
            var p = parse.GetValue(reportOnly)
                ? await client.ReportDeliveryAsync(new ReportDeliveryRequest { ProjectId = current.Id, Etag = current.Etag, Delivered = { claims } }, connection.Headers(), cancellationToken: ct)
                : await client.AcceptProjectAsync(new AcceptProjectRequest { ProjectId = current.Id, Etag = current.Etag, Delivered = { claims } }, connection.Headers(), cancellationToken: ct);
            await WriteProjectAsync(context, connection, p, ct);
        });
        return command;
    }

    // "心理疏导场次=20" or "volunteer-hours=100".
    private static ServiceQuantity Quantity(string text, string option)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
        {
            throw new CliException(Words.F("{0}: '{1}' is not kind=quantity", option, text));
        }
        return new ServiceQuantity { Kind = EnumText.Parse(CommunityLabels.ProjectService, parts[0], option), Quantity = quantity };
    }
}
