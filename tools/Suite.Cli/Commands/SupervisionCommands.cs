using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Supervision.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite supervision plan | tasks | report | indicators | snapshot | progress | scheme | score | close-year | visit | survey (督导考核).</summary>
public static class SupervisionCommands
{
    public static Command Create(CliContext context) => new("supervision", "Supervision and assessment (督导考核): the task table, indicators, progress, scores, visits and satisfaction")
    {
        Plan(context), Tasks(context), Report(context), SupervisionAssessmentCommands.Indicators(context), SupervisionAssessmentCommands.Snapshot(context),
        SupervisionAssessmentCommands.Progress(context), SupervisionAssessmentCommands.Scheme(context), SupervisionAssessmentCommands.Score(context),
        SupervisionAssessmentCommands.CloseYear(context), SupervisionOversightCommands.Visit(context), SupervisionOversightCommands.Survey(context),
    };

    public static PlanService.PlanServiceClient Plans(Connection connection) => new(connection.Channel(ResourceNames.Supervision));

    /// <summary>A unit in words: a department by the name a table writes, a township by its name and code.</summary>
    public static string UnitName(string unit, AreaNames areas) =>
        Words.English ? unit : SupervisionLabels.Departments.GetValueOrDefault(unit) ?? areas.Label(unit);

    public static Task<AreaNames> AreasOfUnits(Connection connection, IEnumerable<string> units, CancellationToken ct) =>
        new AreaNames(connection, ct).LoadAsync(units.Where(u => !SupervisionLabels.Departments.ContainsKey(u)));

    private static Command Plan(CliContext context)
    {
        var county = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var year = new Option<int>("--year") { Required = true, Description = "Year" };
        var title = new Option<string>("--title") { Required = true, Description = "Title of the plan" };
        var create = new Command("create", "Create a county's task table for a year") { county, year, title };
        SuiteCli.Action(create, context, async (parse, connection, ct) =>
        {
            var p = await Plans(connection).CreatePlanAsync(new CreatePlanRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), CountyCode = parse.GetValue(county)!, Year = parse.GetValue(year), Title = parse.GetValue(title)!,
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Plan {0}: {1} ({2}, {3})", p.Id, p.Title, await new AreaNames(connection, ct).LabelAsync(p.CountyCode), p.Year));
        });
        var showCounty = new Option<string>("--county") { Required = true, Description = "6-digit county code" };
        var showYear = new Option<int>("--year") { Required = true, Description = "Year" };
        var show = new Command("show", "Show a county's task table of a year") { showCounty, showYear };
        SuiteCli.Action(show, context, async (parse, connection, ct) =>
        {
            var p = await Plans(connection).GetPlanAsync(new GetPlanRequest { CountyCode = parse.GetValue(showCounty)!, Year = parse.GetValue(showYear) }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Plan {0}: {1} ({2}, {3}), {4} tasks{5}", p.Id, p.Title, await new AreaNames(connection, ct).LabelAsync(p.CountyCode), p.Year, p.Tasks,
                p.Closed ? Words.T(", assessment closed") : ""));
        });
        return new Command("plan", "The task-decomposition table (任务分解表) of a county and year") { create, show };
    }

    private static Command Tasks(CliContext context)
    {
        var plan = new Option<long>("--plan") { Required = true, Description = "Plan id" };
        var file = new Argument<string>("FILE") { Description = "The table: CSV of 任务编号,措施,具体措施,牵头单位,配合单位,完成时限,责任人,考核方式,阶段目标, UTF-8 or GB18030" };
        var import = new Command("import", "Import tasks from the table a county office keeps") { plan, file };
        SuiteCli.Action(import, context, async (parse, connection, ct) =>
        {
            var text = CsvInput.ReadAllText(parse.GetValue(file)!);
            var r = await Plans(connection).ImportTasksAsync(new ImportTasksRequest
            {
                PlanId = parse.GetValue(plan), Csv = Google.Protobuf.ByteString.CopyFromUtf8(text),
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("{0} tasks added, {1} unchanged, {2} errors", r.Added, r.Unchanged, r.Errors.Count));
            if (r.Errors.Count > 0)
            {
                var table = Tables.With("Line", "Column", "Error");
                foreach (var e in r.Errors)
                {
                    table.AddRow(e.Line.ToString(), Markup.Escape(e.Column), Markup.Escape(e.Message));
                }
                context.Console.Write(table);
            }
        });

        var exportPlan = new Option<long>("--plan") { Required = true, Description = "Plan id" };
        var output = new Option<string>("--output") { Required = true, Description = "Write the table to this file" };
        var gb = new Option<bool>("--gb18030") { Description = "Write GB18030 (for older spreadsheet programs) instead of UTF-8" };
        var export = new Command("export", "Export the task table as CSV") { exportPlan, output, gb };
        SuiteCli.Action(export, context, async (parse, connection, ct) =>
        {
            var r = await Plans(connection).ExportTasksAsync(new ExportTasksRequest
            {
                PlanId = parse.GetValue(exportPlan), Encoding = parse.GetValue(gb) ? TableEncoding.Gb18030 : TableEncoding.Utf8,
            }, connection.Headers(), cancellationToken: ct);
            await File.WriteAllBytesAsync(parse.GetValue(output)!, r.Csv.ToByteArray(), ct);
            await context.Out.WriteLineAsync(Words.F("table written to {0}", parse.GetValue(output)));
        });

        var listPlan = new Option<long>("--plan") { Required = true, Description = "Plan id" };
        var unit = new Option<string>("--unit") { Description = "Only this unit's tasks (a department code or a township code)", DefaultValueFactory = _ => "" };
        var overdue = new Option<bool>("--overdue") { Description = "Only overdue tasks" };
        var limit = Pages.LimitOption();
        var list = new Command("list", "A plan's tasks (your unit's, unless you read every unit)") { listPlan, unit, overdue, limit };
        SuiteCli.Action(list, context, async (parse, connection, ct) =>
        {
            var tasks = await Pages.ReadAsync(parse.GetValue(limit), token => Plans(connection).ListTasksAsync(new ListTasksRequest
            {
                PlanId = parse.GetValue(listPlan), Unit = parse.GetValue(unit)!, OverdueOnly = parse.GetValue(overdue), PageSize = Pages.Size, PageToken = token,
            }, connection.Headers(), cancellationToken: ct).ResponseAsync, r => r.Tasks, r => r.NextPageToken);
            var areas = await AreasOfUnits(connection, tasks.Items.SelectMany(t => t.CooperatingUnits.Append(t.LeadUnit)), ct);
            var table = Tables.With("Id", "No.", "Measure", "Task", "Lead unit", "Co-operating units", "Deadline", "Responsible", "Done", "Overdue");
            foreach (var t in tasks.Items)
            {
                table.AddRow(t.Id.ToString(), Markup.Escape(t.Number), Markup.Escape(SupervisionLabels.Measure(t.Measure)), Markup.Escape(t.Content),
                    Markup.Escape(UnitName(t.LeadUnit, areas)), Markup.Escape(string.Join("、", t.CooperatingUnits.Select(u => UnitName(u, areas)))),
                    t.Deadline.ToIsoString(), Markup.Escape(t.ResponsiblePerson), $"{t.PercentDone}%", t.Overdue ? Words.YesNo(true) : "");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, tasks);
        });
        return new Command("tasks", "Tasks of a plan: import, export, list") { import, export, list };
    }

    private static Command Report(CliContext context)
    {
        var task = new Option<long>("--task") { Required = true, Description = "Task id" };
        var percent = new Option<int>("--percent") { Required = true, Description = "Share done now, 0 to 100" };
        var note = new Option<string>("--note") { Description = "What was done", DefaultValueFactory = _ => "" };
        var milestone = new Option<string>("--milestone") { Description = "A milestone of the task met now (its name)", DefaultValueFactory = _ => "" };
        var attachments = new Option<string[]>("--attachment") { Description = "An attachment's file name (repeat)", DefaultValueFactory = _ => [] };
        var command = new Command("report", "Report your unit's progress on a task") { task, percent, note, milestone, attachments };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var r = await Plans(connection).ReportProgressAsync(new ReportProgressRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Report = new ProgressReport
                {
                    TaskId = parse.GetValue(task), PercentDone = parse.GetValue(percent), Note = parse.GetValue(note)!, MilestoneMet = parse.GetValue(milestone)!,
                    Attachments = { parse.GetValue(attachments)! },
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Progress reported: task {0} is {1}% done (report {2})", r.TaskId, r.PercentDone, r.Id));
        });
        return command;
    }
}
