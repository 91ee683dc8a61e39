using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Supervision.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite supervision indicators | snapshot | progress | scheme | score | close-year.</summary>
public static class SupervisionAssessmentCommands
{
    public static IndicatorService.IndicatorServiceClient IndicatorClient(Connection connection) => new(connection.Channel(ResourceNames.Supervision));

    public static AssessmentService.AssessmentServiceClient AssessmentClient(Connection connection) => new(connection.Channel(ResourceNames.Supervision));

    private static (Option<string> County, Option<int> Year, Option<int> Quarter) Quarter() => (
        new Option<string>("--county") { Required = true, Description = "6-digit county code" },
        new Option<int>("--year") { Required = true, Description = "Year" },
        new Option<int>("--quarter") { Required = true, Description = "Quarter, 1 to 4" });

    public static Command Indicators(CliContext context)
    {
        var command = new Command("indicators", "The indicators computed from every service's work");
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await IndicatorClient(connection).ListIndicatorsAsync(new ListIndicatorsRequest(), connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Indicator", "Name", "Department", "How it is counted");
            foreach (var i in list.Indicators)
            {
                table.AddRow(i.Code, Markup.Escape(i.Name), Markup.Escape(i.Department.Length == 0 ? "" : SupervisionLabels.Departments.GetValueOrDefault(i.Department, i.Department)), Markup.Escape(i.Definition));
            }
            context.Console.Write(table);
        });
        return command;
    }

    public static Command Snapshot(CliContext context)
    {
        var (county, year, quarter) = Quarter();
        var show = new Option<bool>("--show") { Description = "Show the snapshot taken, without taking it" };
        var command = new Command("snapshot", "Take a county's quarterly snapshot of every indicator from the services (again, to fill what was missing)") { county, year, quarter, show };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = IndicatorClient(connection);
            var s = parse.GetValue(show)
                ? await client.GetSnapshotAsync(new GetSnapshotRequest { CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter) }, connection.Headers(), cancellationToken: ct)
                : await client.TakeSnapshotAsync(new TakeSnapshotRequest { CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter) }, connection.Headers(), cancellationToken: ct);
            var names = (await client.ListIndicatorsAsync(new ListIndicatorsRequest(), connection.Headers(), cancellationToken: ct)).Indicators.ToDictionary(i => i.Code, i => i.Name);
            var areas = await new AreaNames(connection, ct).LoadAsync(s.Figures.Select(f => f.AreaCode));
            var table = Tables.With("Indicator", "Area", "Figure");
            foreach (var f in s.Figures)
            {
                table.AddRow(Markup.Escape(names.GetValueOrDefault(f.Indicator, f.Indicator)), Markup.Escape(areas.Label(f.AreaCode)), Markup.Escape(FigureText(f)));
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(s.Partial
                ? Words.F("Snapshot {0} is partial: {1} did not answer; take it again to fill the missing figures.", s.Id, string.Join("、", s.MissingServices.Select(m => Words.Code("service", m))))
                : Words.F("Snapshot {0}: complete.", s.Id));
        });
        return command;
    }

    /// <summary>A figure in words: "82.0% (41/50)", or why there is none.</summary>
    public static string FigureText(Figure f) => f.State == FigureState.Counted
        ? $"{SupervisionLabels.Percent(f.Rate)} ({f.Numerator}/{f.Denominator})"
        : Words.Name(SupervisionLabels.FigureState, f.State);

    public static Command Progress(CliContext context)
    {
        var (county, year, quarter) = Quarter();
        var departments = new Option<bool>("--departments") { Description = "Departments instead of townships" };
        var csv = new Option<string?>("--csv") { Description = "Also write the table to this CSV file (UTF-8)" };
        var command = new Command("progress", "Progress of a quarter per township or department: indicators against targets, overdue tasks, who is behind (后进)") { county, year, quarter, departments, csv };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = IndicatorClient(connection);
            var p = await client.GetProgressAsync(new GetProgressRequest
            {
                CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter),
                UnitKind = parse.GetValue(departments) ? UnitKind.Department : UnitKind.Township,
            }, connection.Headers(), cancellationToken: ct);
            var names = (await client.ListIndicatorsAsync(new ListIndicatorsRequest(), connection.Headers(), cancellationToken: ct)).Indicators.ToDictionary(i => i.Code, i => i.Name);
            var areas = await SupervisionCommands.AreasOfUnits(connection, p.Units.Select(u => u.Unit), ct);
            string[] headings = ["Rank behind", "Unit", "Indicators behind", "Tasks", "Done", "Overdue", "Indicators"];
            var rows = p.Units.Select(u => new[]
            {
                u.RankBehind.ToString(), SupervisionCommands.UnitName(u.Unit, areas), u.IndicatorsBehind.ToString(), u.Tasks.ToString(), u.TasksDone.ToString(), u.TasksOverdue.ToString(),
                string.Join("；", u.Indicators.Select(i => IndicatorText(i, names))),
            }).ToList();
            var table = Tables.With(headings);
            foreach (var row in rows)
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("County: {0}", string.Join("；", p.County.Select(i => IndicatorText(i, names)))));
            if (p.Partial)
            {
                await context.Out.WriteLineAsync(Words.T("The snapshot is partial: some figures are missing."));
            }
            await WriteCsvAsync(context, parse.GetValue(csv), headings, rows, ct);
        });
        return command;
    }

    private static string IndicatorText(IndicatorProgress i, Dictionary<string, string> names) =>
        $"{names.GetValueOrDefault(i.Indicator, i.Indicator)} {FigureText(i.Figure)}"
        + (i.Target > 0 ? Words.F(" (target {0})", SupervisionLabels.Percent(i.Target)) : "")
        + (i.Behind ? Words.T(" behind") : "");

    public static async Task WriteCsvAsync(CliContext context, string? path, string[] englishHeadings, IEnumerable<string[]> rows, CancellationToken ct)
    {
        if (path is null)
        {
            return;
        }
        var text = new StringBuilder(CsvCodec.FormatLine(englishHeadings.Select(Words.T)));
        foreach (var row in rows)
        {
            text.Append(CsvCodec.FormatLine(row));
        }
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())], ct);
        await context.Out.WriteLineAsync(Words.F("table written to {0}", path));
    }

    public static Command Scheme(CliContext context)
    {
        var county = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var items = new Option<string[]>("--item") { Required = true, Description = "An item as indicator:weight:target, e.g. assistance.priority_covered:20:0.95 (repeat; weights sum to 100)" };
        var deduction = new Option<double>("--overdue-deduction") { Description = "Points taken off per overdue task", DefaultValueFactory = _ => 1 };
        var max = new Option<double>("--max-deduction") { Description = "At most this many points taken off for overdue tasks", DefaultValueFactory = _ => 10 };
        var reason = new Option<string>("--reason") { Description = "Why it changes (required once the year is closed)", DefaultValueFactory = _ => "" };
        var save = new Command("save", "Save the scoring scheme of a county's year") { county, year, items, deduction, max, reason };
        SuiteCli.Action(save, context, async (parse, connection, ct) =>
        {
            var scheme = new Contracts.Supervision.V1.Scheme
            {
                CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), OverdueTaskDeduction = parse.GetValue(deduction), MaxDeduction = parse.GetValue(max),
            };
            foreach (var item in parse.GetValue(items)!)
            {
                var parts = item.Split(':');
                if (parts.Length != 3 || !int.TryParse(parts[1], out var weight) || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var target))
                {
                    throw new CliException(Words.F("--item {0}: write it as indicator:weight:target, e.g. assistance.priority_covered:20:0.95", item));
                }
                scheme.Items.Add(new SchemeItem { Indicator = parts[0], Weight = weight, Target = target });
            }
            var s = await AssessmentClient(connection).SaveSchemeAsync(new SaveSchemeRequest { Scheme = scheme, Reason = parse.GetValue(reason)! }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Scheme saved: {0} items, version {1}", s.Items.Count, s.Version));
        });
        var showCounty = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var showYear = new Option<int>("--year") { Required = true, Description = "Year" };
        var show = new Command("show", "Show the scoring scheme of a county's year") { showCounty, showYear };
        SuiteCli.Action(show, context, async (parse, connection, ct) =>
        {
            var s = await AssessmentClient(connection).GetSchemeAsync(new GetSchemeRequest { CountyCode = parse.GetValue(showCounty)!, Year = parse.GetValue(showYear) }, connection.Headers(), cancellationToken: ct);
            var names = (await IndicatorClient(connection).ListIndicatorsAsync(new ListIndicatorsRequest(), connection.Headers(), cancellationToken: ct)).Indicators.ToDictionary(i => i.Code, i => i.Name);
            var table = Tables.With("Indicator", "Weight", "Target");
            foreach (var i in s.Items)
            {
                table.AddRow(Markup.Escape(names.GetValueOrDefault(i.Indicator, i.Indicator)), i.Weight.ToString(), SupervisionLabels.Percent(i.Target));
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("Per overdue task: -{0} points, at most -{1}; version {2}", s.OverdueTaskDeduction, s.MaxDeduction, s.Version));
        });
        return new Command("scheme", "The yearly scoring scheme (考核方案)") { save, show };
    }

    public static Command Score(CliContext context)
    {
        var (county, year, quarter) = Quarter();
        var reason = new Option<string>("--reason") { Description = "Why the scores change (required once the year is closed)", DefaultValueFactory = _ => "" };
        var show = new Option<bool>("--show") { Description = "Show the last scores, without scoring again" };
        var departments = new Option<bool>("--departments") { Description = "Departments instead of townships" };
        var csv = new Option<string?>("--csv") { Description = "Also write the score sheet to this CSV file (UTF-8)" };
        var command = new Command("score", "Score every township and department on a quarter's snapshot, every point explained") { county, year, quarter, reason, show, departments, csv };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = AssessmentClient(connection);
            var sheet = parse.GetValue(show)
                ? await client.GetScoreSheetAsync(new GetScoreSheetRequest { CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter) }, connection.Headers(), cancellationToken: ct)
                : await client.ScoreAsync(new ScoreRequest { CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Quarter = parse.GetValue(quarter), Reason = parse.GetValue(reason)! }, connection.Headers(), cancellationToken: ct);
            var units = parse.GetValue(departments) ? sheet.Departments : sheet.Townships;
            var areas = await SupervisionCommands.AreasOfUnits(connection, units.Select(u => u.Unit), ct);
            string[] headings = ["Rank", "Unit", "Score", "How"];
            var rows = units.Select(u => new[]
            {
                u.Rank.ToString(), SupervisionCommands.UnitName(u.Unit, areas), u.Score.ToString("0.0", CultureInfo.InvariantCulture), string.Join("；", u.Lines.Select(l => l.Explanation)),
            }).ToList();
            var table = Tables.With(headings);
            foreach (var row in rows)
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }
            context.Console.Write(table);
            await context.Out.WriteLineAsync(Words.F("Scored on snapshot {0} with scheme version {1}", sheet.SnapshotId, sheet.SchemeVersion));
            await WriteCsvAsync(context, parse.GetValue(csv), headings, rows, ct);
        });
        return command;
    }

    public static Command CloseYear(CliContext context)
    {
        var county = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var command = new Command("close-year", "Close a county's yearly assessment: later changes need a reason, which is recorded") { county, year };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            await AssessmentClient(connection).CloseYearAsync(new CloseYearRequest { CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year) }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("The {0} assessment is closed.", parse.GetValue(year)));
        });
        return command;
    }
}
