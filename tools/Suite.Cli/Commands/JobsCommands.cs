using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Employment.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite jobs seeker | employer-add | post-add | posts | match | place | placements | end | target | progress | stats.</summary>
public static class JobsCommands
{
    public static Command Create(CliContext context)
    {
        var jobs = new Command("jobs", "Employment: job-seekers, posts and mother posts (妈妈岗), near-home matching, placements, targets")
        {
            Seeker(context), EmployerAdd(context), PostAdd(context), Posts(context), Match(context), Place(context), Target(context), Progress(context),
        };
        foreach (var command in PlacementCommands.Create(context))
        {
            jobs.Subcommands.Add(command);
        }
        return jobs;
    }

    private static Command Seeker(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var status = new Option<string>("--status") { Description = EmploymentLabels.Seeker.Choices, DefaultValueFactory = _ => "失业" };
        var wish = new Option<string?>("--wish") { Description = EmploymentLabels.Pattern.Choices };
        var skills = new Option<string[]>("--skill") { Description = "A skill (repeat)", DefaultValueFactory = _ => [] };
        var distance = new Option<string?>("--max-distance") { Description = EmploymentLabels.Distance.Choices };
        var command = new Command("seeker", "Register a woman's employment or unemployment (就业/失业登记)") { woman, status, wish, skills, distance };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var s = await Client(connection).RegisterJobSeekerAsync(new RegisterJobSeekerRequest
            {
                WomanId = parse.GetValue(woman), Status = EnumText.Parse(EmploymentLabels.Seeker, parse.GetValue(status)!, "--status"),
                Wish = parse.GetValue(wish) is { } w ? EnumText.Parse(EmploymentLabels.Pattern, w, "--wish") : WorkPattern.Unspecified,
                Skills = { parse.GetValue(skills)! },
                MaxDistance = parse.GetValue(distance) is { } d ? EnumText.Parse(EmploymentLabels.Distance, d, "--max-distance") : Distance.Unspecified,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Registered: woman {0} ({1}) {2}", s.WomanId, await new AreaNames(connection, ct).LabelAsync(s.VillageCode), Words.Name(EmploymentLabels.Seeker, s.Status)));
        });
        return command;
    }

    private static Command EmployerAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Employer name" };
        var kind = new Option<string>("--kind") { Required = true, Description = EmploymentLabels.Employer.Choices };
        var area = new Option<string>("--area") { Required = true, Description = "Township or village code" };
        var command = new Command("employer-add", "Record an employer") { name, kind, area };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var e = await Client(connection).CreateEmployerAsync(new CreateEmployerRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Employer = new Employer { Name = parse.GetValue(name)!, Kind = EnumText.Parse(EmploymentLabels.Employer, parse.GetValue(kind)!, "--kind"), AreaCode = parse.GetValue(area)! },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Employer {0}: {1}", e.Id, e.Name));
        });
        return command;
    }

    private static Command PostAdd(CliContext context)
    {
        var employer = new Option<long>("--employer") { Required = true, Description = "Employer id" };
        var title = new Option<string>("--title") { Required = true, Description = "Post title" };
        var trade = new Option<string>("--trade") { Required = true, Description = EmploymentLabels.Trade.Choices };
        var area = new Option<string>("--area") { Required = true, Description = "Where the work is (township or village code)" };
        var pay = new Option<int>("--pay") { Required = true, Description = "Monthly pay, yuan" };
        var pattern = new Option<string>("--pattern") { Description = EmploymentLabels.Pattern.Choices, DefaultValueFactory = _ => "全职" };
        var openings = new Option<int>("--openings") { Required = true, Description = "Openings" };
        var site = new Option<string?>("--mother-post-site") { Description = "A mother post (妈妈岗): its demonstration site" };
        var command = new Command("post-add", "Publish a post") { employer, title, trade, area, pay, pattern, openings, site };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Client(connection).CreatePostAsync(new CreatePostRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Post = new Post
                {
                    EmployerId = parse.GetValue(employer), Title = parse.GetValue(title)!, Trade = EnumText.Parse(EmploymentLabels.Trade, parse.GetValue(trade)!, "--trade"), AreaCode = parse.GetValue(area)!,
                    MonthlyPayYuan = parse.GetValue(pay), Pattern = EnumText.Parse(EmploymentLabels.Pattern, parse.GetValue(pattern)!, "--pattern"), Openings = parse.GetValue(openings),
                    MotherPost = parse.GetValue(site) is not null, DemonstrationSite = parse.GetValue(site) ?? "",
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Post {0} published: {1}{2}, {3} openings", p.Id, p.Title, p.MotherPost ? Words.T(" (mother post)") : "", p.Openings));
        });
        return command;
    }

    private static Command Posts(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var mother = new Option<bool>("--mother-posts") { Description = "Only mother posts" };
        var limit = Pages.LimitOption();
        var command = new Command("posts", "Open posts of an area") { area, mother, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListPostsAsync(new ListPostsRequest { AreaCode = parse.GetValue(area)!, OpenOnly = true, MotherPostsOnly = parse.GetValue(mother), PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Posts, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(p => p.AreaCode));
            var table = Tables.With("Id", "Post", "Trade", "Place", "Monthly pay (yuan)", "Pattern", "Open", "Mother post");
            foreach (var p in list.Items)
            {
                table.AddRow(p.Id.ToString(), Markup.Escape(p.Title), Words.Name(EmploymentLabels.Trade, p.Trade), Markup.Escape(areas.Label(p.AreaCode)), p.MonthlyPayYuan.ToString(),
                    Words.Name(EmploymentLabels.Pattern, p.Pattern), $"{p.OpeningsLeft}/{p.Openings}", p.MotherPost ? Words.YesNo(true) : "");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command Match(CliContext context)
    {
        var woman = new Option<long>("--woman") { Description = "Posts for this registered job-seeker" };
        var post = new Option<long>("--post") { Description = "Job-seekers for this post" };
        var limit = new Option<int>("--limit") { Description = "At most this many, best first (0 for all)", DefaultValueFactory = _ => 20 };
        var command = new Command("match", "Near-home matching (就近就地就业), nearest first with the reasons") { woman, post, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection);
            var considered = 0;
            Task<MatchResponse> Page(string token) => parse.GetValue(post) is > 0 and var postId
                ? client.MatchWomenForPostAsync(new MatchWomenForPostRequest { PostId = postId, PageToken = token, PageSize = 200 }, connection.Headers(), cancellationToken: ct).ResponseAsync
                : parse.GetValue(woman) is > 0 and var womanId
                    ? client.MatchPostsForWomanAsync(new MatchPostsForWomanRequest { WomanId = womanId, PageToken = token, PageSize = 200 }, connection.Headers(), cancellationToken: ct).ResponseAsync
                    : throw new CliException(Words.T("--woman or --post is required"));
            var result = await Pages.ReadAsync(parse.GetValue(limit), async token => { var page = await Page(token); considered = page.Considered; return page; }, p => p.Matches, p => p.NextPageToken);
            var forPost = parse.GetValue(post) > 0;
            var names = forPost ? await new WomenNames(connection, ct).LoadAsync(result.Items.Select(m => m.WomanId)) : null;
            var areas = await new AreaNames(connection, ct).LoadAsync(result.Items.Select(m => m.AreaCode));
            var table = forPost ? Tables.With("Woman", "Name", "Area", "Distance", "Monthly pay (yuan)", "Why") : Tables.With("Post", "Area", "Distance", "Monthly pay (yuan)", "Why");
            foreach (var m in result.Items)
            {
                string[] cells = [m.AreaCode.Length == 0 ? "" : Markup.Escape(areas.Label(m.AreaCode)), Words.Name(EmploymentLabels.Distance, m.Distance), m.MonthlyPayYuan.ToString(), Markup.Escape(string.Join("、", m.Reasons))];
                table.AddRow(forPost ? [m.WomanId.ToString(), Markup.Escape(names!.Name(m.WomanId)), .. cells] : [m.PostId.ToString(), .. cells]);
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, result);
            context.Console.WriteLine(Words.F("{0} considered", considered));
        });
        return command;
    }

    private static Command Place(CliContext context)
    {
        var post = new Option<long>("--post") { Required = true, Description = "Post id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var start = new Option<string>("--start") { Required = true, Description = "First day, yyyy-MM-dd" };
        var pay = new Option<int>("--pay") { Description = "Monthly pay, yuan (default: the post's)" };
        var command = new Command("place", "Place a woman in a post") { post, woman, start, pay };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Client(connection).PlaceWomanAsync(new PlaceWomanRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), PostId = parse.GetValue(post), WomanId = parse.GetValue(woman), StartDate = Dates.Parse(parse.GetValue(start)!, "--start"), MonthlyPayYuan = parse.GetValue(pay),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Placed: woman {0} in post {1}, {2} yuan a month (placement {3})", p.WomanId, p.PostId, p.MonthlyPayYuan, p.Id));
        });
        return command;
    }

    private static Command Target(CliContext context)
    {
        var area = new Option<string>("--area") { Required = true, Description = "County, township or village code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var training = new Option<int>("--training") { Description = "Training person-times" };
        var posts = new Option<int>("--posts") { Description = "New post openings" };
        var placed = new Option<int>("--placed") { Description = "Women placed" };
        var sites = new Option<int>("--mother-post-sites") { Description = "Mother-post demonstration sites" };
        var command = new Command("target", "Set an area's yearly targets") { area, year, training, posts, placed, sites };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var t = await Support(connection).SetTargetAsync(new SetTargetRequest
            {
                Target = new Target
                {
                    AreaCode = parse.GetValue(area)!, Year = parse.GetValue(year), TrainingPersonTimes = parse.GetValue(training), NewPosts = parse.GetValue(posts),
                    WomenPlaced = parse.GetValue(placed), MotherPostSites = parse.GetValue(sites),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("{0} targets for {1}: training {2} person-times, {3} new posts, {4} women placed, {5} mother-post sites", await new AreaNames(connection, ct).LabelAsync(t.AreaCode), t.Year, t.TrainingPersonTimes, t.NewPosts, t.WomenPlaced, t.MotherPostSites));
        });
        return command;
    }

    private static Command Progress(CliContext context)
    {
        var area = new Option<string>("--area") { Required = true, Description = "County, township or village code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var command = new Command("progress", "An area's targets against what was recorded, and each township's or village's") { area, year };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var p = await Support(connection).GetTargetProgressAsync(new GetTargetProgressRequest { AreaCode = parse.GetValue(area)!, Year = parse.GetValue(year) }, connection.Headers(), cancellationToken: ct);
            var rows = new[] { p.Area }.Concat(p.Children).ToList();
            var areas = await new AreaNames(connection, ct).LoadAsync(rows.Select(r => r.AreaCode));
            var table = Tables.With("Area", "Training person-times", "New post openings", "Women placed", "Mother-post demonstration sites", "Behind");
            foreach (var row in rows)
            {
                string Cell(int actual, int? target) => target is { } t ? $"{actual}/{t}" : actual.ToString();
                table.AddRow(Markup.Escape(areas.Label(row.AreaCode)), Cell(row.Actual.TrainingPersonTimes, row.Target?.TrainingPersonTimes), Cell(row.Actual.NewPosts, row.Target?.NewPosts),
                    Cell(row.Actual.WomenPlaced, row.Target?.WomenPlaced), Cell(row.Actual.MotherPostSites, row.Target?.MotherPostSites), string.Join("、", row.Behind.Select(EmploymentLabels.Measure)));
            }
            context.Console.Write(table);
            context.Console.WriteLine(Words.F("{0:P0} of the year has passed", p.Area.YearElapsed));
        });
        return command;
    }

    private static JobService.JobServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Employment));

    private static SupportService.SupportServiceClient Support(Connection connection) => new(connection.Channel(ResourceNames.Employment));
}
