using System.Text;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;
using Suite.Ledger;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>
/// The task table as the spreadsheet a county office keeps (任务分解表): imported row by row (each row checked as a task
/// added by hand is, its errors named by column, in Chinese), exported in the same layout, UTF-8 or GB18030.
/// </summary>
public sealed class TaskTable(SupervisionDbContext db, SupervisionCaller caller, TownshipDirectory townships)
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Header = ["任务编号", "措施", "具体措施", "牵头单位", "配合单位", "完成时限", "责任人", "考核方式", "阶段目标"];

    // The task field each column fills, so that a field's violation names its column.
    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["number"] = "任务编号", ["measure"] = "措施", ["content"] = "具体措施", ["lead_unit"] = "牵头单位", ["cooperating_units"] = "配合单位",
        ["deadline"] = "完成时限", ["responsible_person"] = "责任人", ["measured_by"] = "考核方式", ["milestones"] = "阶段目标",
    };

    static TaskTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<Proto.ImportTasksResponse> ImportAsync(Proto.ImportTasksRequest request, CancellationToken ct)
    {
        var plan = await caller.PlanAsync(request.PlanId, ct);
        caller.Current.Scope.RequireWrite(plan.CountyCode, "plan_id");
        var rows = Rows(request.Csv.ToByteArray());
        var county = await townships.OfCountyAsync(plan.CountyCode, ct);
        var names = county.ToDictionary(t => t.Name, t => t.Code);
        var codes = county.Select(t => t.Code).ToHashSet();
        var existing = (await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id).Select(t => t.Number).ToListAsync(ct)).ToHashSet();
        var response = new Proto.ImportTasksResponse();
        var added = new List<PlanTask>();
        foreach (var (cells, line) in rows)
        {
            var task = Parse(cells, plan.Id, names, out var unknown);
            var errors = new FieldViolations();
            foreach (var (column, what) in unknown)
            {
                errors.Add(column, what);
            }
            TaskValidator.Validate(errors, task, plan, codes, prefix: "");
            if (!errors.IsEmpty)
            {
                response.Errors.AddRange(errors.Items.Select(e => RowError(line, e.Field, e.Description)));
                continue;
            }
            if (!existing.Add(task.Number.Trim()))
            {
                response.Unchanged++;
                continue;
            }
            added.Add(TaskValidator.ToRecord(task, plan.Id, $"import:{plan.Id}:{task.Number.Trim()}"));
        }
        db.Tasks.AddRange(added);
        await db.SaveChangesAsync(ct);
        response.Added = added.Count;
        return response;
    }

    public async Task<Proto.ExportTasksResponse> ExportAsync(Proto.ExportTasksRequest request, CancellationToken ct)
    {
        var plan = await caller.PlanAsync(request.PlanId, ct);
        var names = (await townships.OfCountyAsync(plan.CountyCode, ct)).ToDictionary(t => t.Code, t => t.Name);
        var tasks = (await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id).OrderBy(t => t.Number).ThenBy(t => t.Id).ToListAsync(ct))
            .Where(t => caller.SeesEveryUnit || t.Involves(caller.Unit));
        var text = new StringBuilder(CsvCodec.FormatLine(Header));
        string Name(string unit) => SupervisionLabels.Departments.GetValueOrDefault(unit) ?? names.GetValueOrDefault(unit) ?? unit;
        foreach (var t in tasks)
        {
            text.Append(CsvCodec.FormatLine([
                t.Number, SupervisionLabels.Measure(t.Measure), t.Content, Name(t.LeadUnit), string.Join("、", t.CooperatingUnits.Select(Name)),
                t.Deadline.ToString("yyyy-MM-dd"), t.ResponsiblePerson, t.MeasuredBy,
                string.Join("；", t.Milestones.Select(m => $"{m.Name}:{m.DueDate:yyyy-MM-dd}")),
            ]));
        }
        var bytes = request.Encoding == Proto.TableEncoding.Gb18030
            ? Encoding.GetEncoding("GB18030").GetBytes(text.ToString())
            : [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
        return new Proto.ExportTasksResponse { Csv = Google.Protobuf.ByteString.CopyFrom(bytes) };
    }

    /// <summary>The data rows with their line numbers; the file must be UTF-8 or GB18030 and start with the header.</summary>
    private static List<(List<string> Cells, int Line)> Rows(byte[] bytes)
    {
        if (bytes.Length is 0 or > MaxBytes)
        {
            throw ValidationFailedException.For("csv", "must be a file of 1 byte to 4 MiB");
        }
        var text = Decode(bytes) ?? throw ValidationFailedException.For("csv", "must be UTF-8 or GB18030 text");
        var records = CsvCodec.ReadRecords(new StringReader(text)).ToList();
        if (records.Count == 0 || !records[0].Select(c => c.Trim().TrimStart('\uFEFF')).SequenceEqual(Header))
        {
            throw ValidationFailedException.For("csv", "must start with the header 任务编号,措施,具体措施,牵头单位,配合单位,完成时限,责任人,考核方式,阶段目标");
        }
        return [.. records.Select((cells, i) => (cells, Line: i + 1)).Skip(1).Where(r => r.cells.Any(c => c.Trim().Length > 0))];
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

    /// <summary>A row as a task; cells that name nothing known (a unit, a date) are listed, keyed by field.</summary>
    private static Proto.PlanTask Parse(List<string> cells, long planId, Dictionary<string, string> townshipCodes, out List<(string Field, string What)> unknown)
    {
        var problems = new List<(string, string)>();
        string Cell(int i) => i < cells.Count ? cells[i].Trim() : "";
        string Unit(string name, string field)
        {
            var code = SupervisionLabels.DepartmentCode(name) ?? townshipCodes.GetValueOrDefault(name) ?? (name.Length == 9 ? name : null);
            if (code is null)
            {
                problems.Add((field, "must name a department or a township of the county"));
            }
            return code ?? "";
        }
        Date? Day(string text, string field)
        {
            if (text.Length == 0)
            {
                return null;
            }
            if (!Date.TryParseIso(text, out var date))
            {
                problems.Add((field, "is not a valid date"));
            }
            return date;
        }
        var task = new Proto.PlanTask
        {
            PlanId = planId, Number = Cell(0), Measure = SupervisionLabels.MeasureNumber(Cell(1)), Content = Cell(2),
            ResponsiblePerson = Cell(6), MeasuredBy = Cell(7),
        };
        if (Cell(3).Length > 0)
        {
            task.LeadUnit = Unit(Cell(3), "lead_unit");
        }
        task.CooperatingUnits.AddRange(Cell(4).Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Unit(u, "cooperating_units")).Where(u => u.Length > 0));
        task.Deadline = Day(Cell(5), "deadline");
        foreach (var milestone in Cell(8).Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = milestone.LastIndexOfAny([':', '：']);
            task.Milestones.Add(colon < 0
                ? new Proto.Milestone { Name = milestone }
                : new Proto.Milestone { Name = milestone[..colon].Trim(), DueDate = Day(milestone[(colon + 1)..].Trim(), "milestones") });
        }
        unknown = problems;
        return task;
    }

    private static Proto.ImportRowError RowError(int line, string field, string description)
    {
        var name = field.Split('[', '.')[0];
        return new Proto.ImportRowError
        {
            Line = line, Column = ColumnOf.GetValueOrDefault(name, name),
            Message = ErrorText.Violation(ColumnOf.GetValueOrDefault(name, field), description, ErrorText.ChineseLocale),
        };
    }
}
