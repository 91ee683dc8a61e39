using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Employment.V1;
using Suite.Ledger;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Commands;

/// <summary>suite training courses | course-add | enrol | attend | complete | certificate | record.</summary>
public static class TrainingCommands
{
    public static Command Create(CliContext context) => new("training", "Skills training: courses, enrolment, attendance, certificates (人社)")
    {
        Courses(context), CourseAdd(context), Enrol(context), Attend(context), Certificate(context), Record(context),
    };

    private static Command Courses(CliContext context)
    {
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var limit = Pages.LimitOption();
        var command = new Command("courses", "Courses open to an area") { area, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var list = await Pages.ReadAsync(parse.GetValue(limit), token => Client(connection).ListCoursesAsync(new ListCoursesRequest { AreaCode = parse.GetValue(area)!, PageToken = token, PageSize = Pages.Size }, connection.Headers(), cancellationToken: ct).ResponseAsync, p => p.Courses, p => p.NextPageToken);
            var areas = await new AreaNames(connection, ct).LoadAsync(list.Items.Select(c => c.AreaCode));
            var table = Tables.With("Id", "Course", "Trade", "Mode", "Place", "Dates", "Places");
            foreach (var c in list.Items)
            {
                table.AddRow(c.Id.ToString(), Markup.Escape(c.Name), Words.Name(EmploymentLabels.Trade, c.Trade), Words.Name(EmploymentLabels.Mode, c.Mode), Markup.Escape(c.Online ? Words.T("online") : areas.Label(c.AreaCode)),
                    $"{c.StartDate.ToIsoString()}~{c.EndDate.ToIsoString()}", $"{c.Enrolled}/{c.Capacity}");
            }
            context.Console.Write(table);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    private static Command CourseAdd(CliContext context)
    {
        var name = new Option<string>("--name") { Required = true, Description = "Course name" };
        var trade = new Option<string>("--trade") { Required = true, Description = EmploymentLabels.Trade.Choices };
        var mode = new Option<string>("--mode") { Description = EmploymentLabels.Mode.Choices, DefaultValueFactory = _ => "菜单式" };
        var provider = new Option<string>("--provider") { Required = true, Description = "Training provider" };
        var area = new Option<string>("--area") { Required = true, Description = "Where it is held (county, township or village code)" };
        var start = new Option<string>("--start") { Required = true, Description = "First day of the course, yyyy-MM-dd" };
        var end = new Option<string>("--end") { Required = true, Description = "Last day of the course, yyyy-MM-dd" };
        var hours = new Option<int>("--hours") { Required = true, Description = "Teaching hours" };
        var capacity = new Option<int>("--capacity") { Required = true, Description = "Places" };
        var subsidy = new Option<int>("--subsidy") { Description = "Subsidy per trainee, yuan" };
        var online = new Option<bool>("--online") { Description = "Held online" };
        var command = new Command("course-add", "Create a course") { name, trade, mode, provider, area, start, end, hours, capacity, subsidy, online };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var course = await Client(connection).CreateCourseAsync(new CreateCourseRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Course = new Course
                {
                    Name = parse.GetValue(name)!, Trade = EnumText.Parse(EmploymentLabels.Trade, parse.GetValue(trade)!, "--trade"), Mode = EnumText.Parse(EmploymentLabels.Mode, parse.GetValue(mode)!, "--mode"),
                    Provider = parse.GetValue(provider)!, AreaCode = parse.GetValue(area)!, StartDate = Dates.Parse(parse.GetValue(start)!, "--start"), EndDate = Dates.Parse(parse.GetValue(end)!, "--end"),
                    Hours = parse.GetValue(hours), Capacity = parse.GetValue(capacity), SubsidyYuan = parse.GetValue(subsidy), Online = parse.GetValue(online),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Course {0} opened: {1}, {2} places", course.Id, course.Name, course.Capacity));
        });
        return command;
    }

    private static Command Enrol(CliContext context)
    {
        var course = new Option<long>("--course") { Required = true, Description = "Course id" };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var command = new Command("enrol", "Enrol a registered woman in a course") { course, woman };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var e = await Client(connection).EnrolWomanAsync(new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = parse.GetValue(course), WomanId = parse.GetValue(woman) }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Enrolled: woman {0} in course {1} (enrolment {2})", e.WomanId, e.CourseId, e.Id));
        });
        return command;
    }

    private static Command Attend(CliContext context)
    {
        var course = new Option<long>("--course") { Required = true, Description = "Course id" };
        var date = new Option<string>("--date") { Required = true, Description = "Session date, yyyy-MM-dd" };
        var women = new Option<long[]>("--woman") { Required = true, Description = "Registry id of a woman present (repeat)" };
        var command = new Command("attend", "Record who attended a session") { course, date, women };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var result = await Client(connection).RecordAttendanceAsync(new RecordAttendanceRequest { CourseId = parse.GetValue(course), Date = Dates.Parse(parse.GetValue(date)!, "--date"), WomanIds = { parse.GetValue(women)! } }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Attendance recorded for {0}, already recorded for {1}", result.Recorded, result.AlreadyRecorded));
        });
        return command;
    }

    private static Command Certificate(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var trade = new Option<string>("--trade") { Required = true, Description = EmploymentLabels.Trade.Choices };
        var kind = new Option<string>("--kind") { Description = "Certificate kind", DefaultValueFactory = _ => "职业技能等级证书" };
        var level = new Option<string>("--level") { Required = true, Description = "Level, e.g. 初级工" };
        var issued = new Option<string>("--issued-on") { Required = true, Description = "Date issued, yyyy-MM-dd" };
        var issuer = new Option<string>("--issuer") { Required = true, Description = "Issuer" };
        var course = new Option<long>("--course") { Description = "The course it came from" };
        var command = new Command("certificate", "Record a skill certificate (水平评定)") { woman, trade, kind, level, issued, issuer, course };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var c = await Client(connection).RecordCertificateAsync(new RecordCertificateRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Certificate = new Certificate
                {
                    WomanId = parse.GetValue(woman), Trade = EnumText.Parse(EmploymentLabels.Trade, parse.GetValue(trade)!, "--trade"), Kind = parse.GetValue(kind)!, Level = parse.GetValue(level)!,
                    IssuedOn = Dates.Parse(parse.GetValue(issued)!, "--issued-on"), Issuer = parse.GetValue(issuer)!, CourseId = parse.GetValue(course),
                },
            }, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Certificate recorded: woman {0} {1} {2}", c.WomanId, Words.Name(EmploymentLabels.Trade, c.Trade), c.Level));
        });
        return command;
    }

    private static Command Record(CliContext context)
    {
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var command = new Command("record", "A woman's training record across courses") { woman };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var r = await Client(connection).GetTrainingRecordAsync(new GetTrainingRecordRequest { WomanId = parse.GetValue(woman) }, connection.Headers(), cancellationToken: ct);
            foreach (var e in r.Enrolments)
            {
                await context.Out.WriteLineAsync(Words.F("Course {0}: {1}, attended {2} sessions", e.CourseId, Words.Name(EmploymentLabels.Enrolment, e.Status), e.SessionsAttended));
            }
            foreach (var c in r.Certificates)
            {
                await context.Out.WriteLineAsync(Words.F("Certificate: {0} {1} {2} ({3}, {4})", Words.Name(EmploymentLabels.Trade, c.Trade), c.Kind, c.Level, c.IssuedOn.ToIsoString(), c.Issuer));
            }
        });
        return command;
    }

    public static TrainingService.TrainingServiceClient Client(Connection connection) => new(connection.Channel(ResourceNames.Employment));
}
