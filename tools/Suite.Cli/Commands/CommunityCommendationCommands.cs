using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Community.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>
/// suite community commendation round-add | rounds | nominate | review | notice | object | resolve | decide | nominations, and
/// suite community participation election-add | candidate-add | result | board-add | villages.
/// </summary>
public static class CommunityCommendationCommands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        CommunityCommands.Group("commendation", "Commendation (最美家庭, good examples): nomination, review, public notice, award",
            RoundAdd(context), Rounds(context), Nominate(context), Review(context), Notice(context), Object(context), Resolve(context), Decide(context), Nominations(context)),
        CommunityCommands.Group("participation", "Women in village self-government (村\"两委\", boards)",
            ElectionAdd(context), CandidateAdd(context), Result(context), BoardAdd(context), Villages(context)),
    ];

    private static CommendationService.CommendationServiceClient Commendation(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static ParticipationService.ParticipationServiceClient Participation(Connection connection) => new(connection.Channel(ResourceNames.Community));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Day(Suite.Contracts.Common.V1.Date? date) => date is null ? "" : date.ToIsoString();

    private static Command RoundAdd(CliContext context)
    {
        var title = new Option<string>("--title") { Required = true, Description = "Title, e.g. 2026年度林口县最美家庭" };
        var kind = new Option<string>("--kind") { Description = CommunityLabels.Commendation.Choices, DefaultValueFactory = _ => "最美家庭" };
        var county = new Option<string>("--county") { Required = true, Description = "County code (6 digits)" };
        var deadline = new Option<string>("--deadline") { Required = true, Description = "Last day of nominations, yyyy-MM-dd" };
        var days = new Option<int>("--notice-days") { Description = "Days of the public notice (5 to 30)", DefaultValueFactory = _ => 7 };
        var command = new Command("round-add", "Open a commendation round (county)") { title, kind, county, deadline, days };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var round = await Commendation(connection).CreateRoundAsync(new CreateRoundRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Round = new Round
                {
                    Title = parse.GetValue(title)!, Kind = EnumText.Parse(CommunityLabels.Commendation, parse.GetValue(kind)!, "--kind"), AreaCode = parse.GetValue(county)!,
                    NominationDeadline = Dates.Parse(parse.GetValue(deadline)!, "--deadline"), NoticeDays = parse.GetValue(days),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Round {0} opened: {1} ({2}), nominations until {3}, public notice of {4} days", round.Id, round.Title,
                Words.Name(CommunityLabels.Commendation, round.Kind), Day(round.NominationDeadline), round.NoticeDays));
        });
        return command;
    }

    private static Command Rounds(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("rounds", "Commendation rounds") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Commendation(connection).ListRoundsAsync(new ListRoundsRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size },
                connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Rounds, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(r => r.AreaCode));
            var table = Tables.With("Id", "Title", "Kind", "County", "Nominations until", "Notice days");
            foreach (var r in list.Items)
            {
                table.AddRow(Id(r.Id), Markup.Escape(r.Title), Words.Name(CommunityLabels.Commendation, r.Kind), Markup.Escape(areas.Label(r.AreaCode)), Day(r.NominationDeadline),
                    r.NoticeDays.ToString(CultureInfo.InvariantCulture));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Nominate(CliContext context)
    {
        var round = new Option<long>("--round") { Required = true, Description = "Round id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman (of your village)" };
        var reason = new Option<string>("--reason") { Required = true, Description = "Why her family is nominated" };
        var command = new Command("nominate", "Nominate a woman's family of your village (village staff)") { round, woman, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var n = await Commendation(connection).NominateAsync(new NominateRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), RoundId = parse.GetValue(round), WomanId = parse.GetValue(woman), Reason = parse.GetValue(reason)!,
            }, connection.Headers(), cancellationToken: ct);
            var names = await new WomenNames(connection, ct).LoadAsync([n.WomanId]);
            await context.Out.WriteLineAsync(Words.F("Nomination {0} made: woman {1} {2} in round {3}, awaiting the township's review", n.Id, n.WomanId, names.Name(n.WomanId), n.RoundId));
        });
        return command;
    }

    private static Command Review(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Nomination id" };
        var reject = new Option<bool>("--reject") { Description = "Do not recommend (default: recommend)" };
        var reason = new Option<string>("--reason") { Required = true, Description = "Why" };
        var command = new Command("review", "Recommend or reject a nomination of your villages (township)") { id, reject, reason };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Commendation(connection);
            var current = await client.GetNominationAsync(new GetNominationRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var n = await client.ReviewNominationAsync(new ReviewNominationRequest { Id = current.Id, Etag = current.Etag, Recommend = !parse.GetValue(reject), Reason = parse.GetValue(reason)! },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Nomination {0}: {1}", n.Id, Words.Name(CommunityLabels.Nomination, n.Status)));
        });
        return command;
    }

    private static Command Notice(CliContext context)
    {
        var round = new Option<long>("--round") { Required = true, Description = "Round id" };
        var area = new Option<string>("--area") { Required = true, Description = "Township (9) or county (6 digits) code" };
        var from = new Option<string>("--from") { Required = true, Description = "First day of the notice, yyyy-MM-dd" };
        var command = new Command("notice", "Post the public notice of the recommended nominations of an area") { round, area, from };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var posted = await Commendation(connection).PostNoticeAsync(new PostNoticeRequest
            {
                RoundId = parse.GetValue(round), AreaCode = parse.GetValue(area)!, NoticeFrom = Dates.Parse(parse.GetValue(from)!, "--from"),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Public notice posted: {0} nominations, {1} to {2}", posted.Nominations.Count, Day(posted.NoticeFrom), Day(posted.NoticeUntil)));
        });
        return command;
    }

    private static Command Object(CliContext context)
    {
        var nomination = new Option<long>("--nomination") { Required = true, Description = "Nomination id" };
        var text = new Option<string>("--text") { Required = true, Description = "What is objected" };
        var by = new Option<string>("--by") { Description = "Who raised it", DefaultValueFactory = _ => "" };
        var command = new Command("object", "Record an objection during the public notice") { nomination, text, by };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var o = await Commendation(connection).RecordObjectionAsync(new RecordObjectionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), NominationId = parse.GetValue(nomination), Text = parse.GetValue(text)!, RaisedBy = parse.GetValue(by)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Objection {0} recorded on nomination {1}", o.Id, o.NominationId));
        });
        return command;
    }

    private static Command Resolve(CliContext context)
    {
        var nomination = new Option<long>("--nomination") { Required = true, Description = "Nomination id" };
        var id = new Option<long>("--id") { Required = true, Description = "Objection id" };
        var upheld = new Option<bool>("--upheld") { Description = "The objection is upheld: the nomination is withdrawn (default: dismissed)" };
        var resolution = new Option<string>("--resolution") { Required = true, Description = "What was found" };
        var command = new Command("resolve", "Resolve an objection") { nomination, id, upheld, resolution };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Commendation(connection);
            var current = await client.GetNominationAsync(new GetNominationRequest { Id = parse.GetValue(nomination) }, connection.Headers(), cancellationToken: ct);
            var objection = current.Objections.FirstOrDefault(o => o.Id == parse.GetValue(id))
                ?? throw new CliException(Words.F("Nomination {0} has no objection {1}", current.Id, parse.GetValue(id)));
            var o = await client.ResolveObjectionAsync(new ResolveObjectionRequest { Id = objection.Id, Etag = objection.Etag, Upheld = parse.GetValue(upheld), Resolution = parse.GetValue(resolution)! },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Objection {0}: {1}", o.Id, Words.Name(CommunityLabels.Objection, o.Status)));
        });
        return command;
    }

    private static Command Decide(CliContext context)
    {
        var id = new Option<long>("--id") { Required = true, Description = "Nomination id" };
        var notAwarded = new Option<bool>("--not-awarded") { Description = "Decide not to award (default: award)" };
        var note = new Option<string>("--note") { Description = "The county's note", DefaultValueFactory = _ => "" };
        var command = new Command("decide", "Decide and award a nomination after its public notice (county)") { id, notAwarded, note };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Commendation(connection);
            var current = await client.GetNominationAsync(new GetNominationRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var n = await client.DecideNominationAsync(new DecideNominationRequest { Id = current.Id, Etag = current.Etag, Award = !parse.GetValue(notAwarded), Note = parse.GetValue(note)! },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(n.AwardedOn is null
                ? Words.F("Nomination {0}: {1}", n.Id, Words.Name(CommunityLabels.Nomination, n.Status))
                : Words.F("Nomination {0}: {1} on {2}", n.Id, Words.Name(CommunityLabels.Nomination, n.Status), Day(n.AwardedOn)));
        });
        return command;
    }

    private static Command Nominations(CliContext context)
    {
        var round = new Option<long>("--round") { Required = true, Description = "Round id" };
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var status = new Option<string?>("--status") { Description = CommunityLabels.Nomination.Choices };
        var limit = Pages.LimitOption();
        var command = new Command("nominations", "Nominations of a round") { round, area, status, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Commendation(connection);
            var only = parse.GetValue(status) is { } s ? EnumText.Parse(CommunityLabels.Nomination, s, "--status") : NominationStatus.Unspecified;
            var r = await client.GetRoundAsync(new GetRoundRequest { Id = parse.GetValue(round) }, connection.Headers(), cancellationToken: ct);
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => client.ListNominationsAsync(new ListNominationsRequest
            {
                RoundId = r.Id, AreaCode = parse.GetValue(area)!, Status = only, PageToken = token, PageSize = Pages.Size,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Nominations, p => p.NextPageToken);
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.Select(n => n.WomanId));
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(n => n.VillageCode));
            await context.Out.WriteLineAsync(Words.F("{0}: {1}", r.Title, string.Join(Words.T(", "), r.Counts.Select(c => Words.F("{0} {1}", Words.Name(CommunityLabels.Nomination, c.Status), c.Count)))));
            var table = Tables.With("Id", "Woman", "Name", "Village", "Status", "Notice", "Open objections", "Reason");
            foreach (var n in list.Items)
            {
                var notice = n.NoticeFrom is null ? "" : $"{Day(n.NoticeFrom)} ~ {Day(n.NoticeUntil)}";
                table.AddRow(Id(n.Id), Id(n.WomanId), Markup.Escape(names.Name(n.WomanId)), Markup.Escape(areas.Label(n.VillageCode)), Words.Name(CommunityLabels.Nomination, n.Status),
                    notice, n.OpenObjections.ToString(CultureInfo.InvariantCulture), Markup.Escape(n.Reason));
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command ElectionAdd(CliContext context)
    {
        var village = new Option<string>("--village") { Required = true, Description = "Village code (12 digits)" };
        var body = new Option<string>("--body") { Required = true, Description = CommunityLabels.Body.Choices };
        var term = new Option<int>("--term") { Required = true, Description = "Year the term starts" };
        var seats = new Option<int>("--seats") { Required = true, Description = "Seats to fill" };
        var electorate = new Option<int>("--electorate") { Required = true, Description = "Registered voters" };
        var cast = new Option<int>("--votes-cast") { Required = true, Description = "Votes cast" };
        var command = new Command("election-add", "Record a village committee election") { village, body, term, seats, electorate, cast };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var e = await Participation(connection).RecordElectionAsync(new RecordElectionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Election = new Election
                {
                    VillageCode = parse.GetValue(village)!, Body = EnumText.Parse(CommunityLabels.Body, parse.GetValue(body)!, "--body"), TermStartYear = parse.GetValue(term),
                    Seats = parse.GetValue(seats), Electorate = parse.GetValue(electorate), VotesCast = parse.GetValue(cast),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Election {0} recorded: {1}, {2} term from {3}, {4} seats", e.Id, await new AreaNames(connection, ct).LabelAsync(e.VillageCode),
                Words.Name(CommunityLabels.Body, e.Body), e.TermStartYear, e.Seats));
        });
        return command;
    }

    private static Command CandidateAdd(CliContext context)
    {
        var election = new Option<long>("--election") { Required = true, Description = "Election id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman (of the election's village)" };
        var by = new Option<string>("--recommended-by") { Description = "Who recommended her", DefaultValueFactory = _ => "妇联推荐" };
        var command = new Command("candidate-add", "Add a woman as a candidate of an election") { election, woman, by };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var c = await Participation(connection).AddCandidateAsync(new AddCandidateRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), ElectionId = parse.GetValue(election), WomanId = parse.GetValue(woman), RecommendedBy = parse.GetValue(by)!,
            }, connection.Headers(), cancellationToken: ct);
            var names = await new WomenNames(connection, ct).LoadAsync([c.WomanId]);
            await context.Out.WriteLineAsync(Words.F("Candidate {0}: woman {1} {2} stands in election {3} ({4})", c.Id, c.WomanId, names.Name(c.WomanId), c.ElectionId, c.RecommendedBy));
        });
        return command;
    }

    private static Command Result(CliContext context)
    {
        var election = new Option<long>("--election") { Required = true, Description = "Election id" };
        var candidate = new Option<long>("--candidate") { Required = true, Description = "Candidate id" };
        var votes = new Option<int>("--votes") { Required = true, Description = "Votes she received" };
        var elected = new Option<bool>("--elected") { Description = "She was elected" };
        var command = new Command("result", "Record a candidate's votes and whether she was elected") { election, candidate, votes, elected };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Participation(connection);
            var e = await client.GetElectionAsync(new GetElectionRequest { Id = parse.GetValue(election) }, connection.Headers(), cancellationToken: ct);
            var current = e.Candidates.FirstOrDefault(c => c.Id == parse.GetValue(candidate))
                ?? throw new CliException(Words.F("Election {0} has no candidate {1}", e.Id, parse.GetValue(candidate)));
            var c = await client.RecordResultAsync(new RecordResultRequest { CandidateId = current.Id, Etag = current.Etag, Votes = parse.GetValue(votes), Elected = parse.GetValue(elected) },
                connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Candidate {0}: {1} votes, {2}", c.Id, c.Votes, Words.T(c.Elected ? "elected" : "not elected")));
        });
        return command;
    }

    private static Command BoardAdd(CliContext context)
    {
        var village = new Option<string>("--village") { Required = true, Description = "Village code (12 digits)" };
        var board = new Option<string>("--board") { Required = true, Description = CommunityLabels.Board.Choices };
        var name = new Option<string>("--name") { Description = "The board's name (for 其他)", DefaultValueFactory = _ => "" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman (of the village)" };
        var from = new Option<string>("--from") { Required = true, Description = "First day of membership, yyyy-MM-dd" };
        var command = new Command("board-add", "Record a woman as a member of a village board") { village, board, name, woman, from };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var b = await Participation(connection).AddBoardMemberAsync(new AddBoardMemberRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), VillageCode = parse.GetValue(village)!, Kind = EnumText.Parse(CommunityLabels.Board, parse.GetValue(board)!, "--board"),
                BoardName = parse.GetValue(name)!, WomanId = parse.GetValue(woman), FromDate = Dates.Parse(parse.GetValue(from)!, "--from"),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Board member {0}: woman {1} on {2} from {3}", b.Id, b.WomanId,
                b.BoardName.Length > 0 ? b.BoardName : Words.Name(CommunityLabels.Board, b.Kind), Day(b.FromDate)));
        });
        return command;
    }

    private static Command Villages(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Village code or area code prefix", DefaultValueFactory = _ => "" };
        var term = new Option<int>("--term") { Description = "Year the term starts (default: each committee's latest)", DefaultValueFactory = _ => 0 };
        var limit = Pages.LimitOption();
        var command = new Command("villages", "Women's participation per village: candidates, elected and their share of seats, boards") { area, term, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Participation(connection).GetVillageParticipationAsync(new GetVillageParticipationRequest
            {
                AreaCode = parse.GetValue(area)!, TermStartYear = parse.GetValue(term), PageToken = token, PageSize = Pages.Size,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Villages, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(v => v.VillageCode));
            var names = await new WomenNames(connection, ct).LoadAsync(list.Items.SelectMany(v => v.Bodies).SelectMany(b => b.ElectedWomanIds));
            var table = Tables.With("Village", "Committee", "Term", "Seats", "Women candidates", "Women elected", "Share of seats", "Women elected by name", "Women on boards");
            foreach (var v in list.Items)
            {
                var boards = v.WomenOnBoards.ToString(CultureInfo.InvariantCulture);
                if (v.Bodies.Count == 0)
                {
                    table.AddRow(Markup.Escape(areas.Label(v.VillageCode)), "", "", "", "", "", "", "", boards);
                }
                foreach (var b in v.Bodies)
                {
                    table.AddRow(Markup.Escape(areas.Label(v.VillageCode)), Words.Name(CommunityLabels.Body, b.Body), b.TermStartYear.ToString(CultureInfo.InvariantCulture),
                        b.Seats.ToString(CultureInfo.InvariantCulture), b.WomenCandidates.ToString(CultureInfo.InvariantCulture), b.WomenElected.ToString(CultureInfo.InvariantCulture),
                        b.WomenSharePercent.ToString("0.#", CultureInfo.InvariantCulture) + "%", Markup.Escape(string.Join(Words.T(", "), b.ElectedWomanIds.Select(id => $"{names.Name(id)} {id}".Trim()))),
                        boards);
                }
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }
}
