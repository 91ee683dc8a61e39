using System.Text.RegularExpressions;
using Suite.Contracts;
using Suite.Contracts.Supervision.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The supervision issue's "done when", under the app host: the county office loads the task table, a unit reports
/// progress, a quarter's snapshot reads every indicator from the five services, the ranking and the scores show with
/// their explanations, a satisfaction sample is drawn and answered, and `suite supervision …` shows it all in Chinese.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class SupervisionFlowTests(SuiteAppHost suite)
{
    [GeneratedRegex(@"任务分解表 (\d+)：")]
    private static partial Regex PlanId();

    [Fact]
    public async Task The_county_office_plans_the_units_report_the_quarter_is_counted_and_scored_and_the_women_are_asked()
    {
        var office = suite.Token("civil-affairs", "county-officer");
        var justice = suite.Token("justice", "county-officer");
        var leader = suite.Token("government", "county-leader");
        var now = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var (year, quarter) = (now.Year.ToString(), ((now.Month + 2) / 3).ToString());
        using var cli = suite.Cli();

        var plan = await cli.RunAsync("supervision", "plan", "create", "--county", SampleForms.County, "--year", year, "--title", $"{year}年任务分解表", "--token", office);
        Assert.True(plan.ExitCode == 0, plan.Error);
        var planId = PlanId().Match(plan.Out).Groups[1].Value;
        var table = Path.Combine(cli.Folder, "任务分解表.csv");
        await File.WriteAllTextAsync(table, "任务编号,措施,具体措施,牵头单位,配合单位,完成时限,责任人,考核方式,阶段目标\n"
            + $"1,4,开展法律援助进乡村,司法局,林口镇,{year}-12-31,赵司法,按期决定率,\n"
            + $"2,加强动态管理,每季度摸排,民政局,林口镇、古城镇,{year}-12-31,王民政,摸排核实率,\n"
            + $"3,10,技能培训,人社局,,{int.Parse(year) + 1}-01-31,李人社,培训人次,\n");
        var imported = await cli.RunAsync("supervision", "tasks", "import", "--plan", planId, table, "--token", office);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("新增任务 2 项，未变 0 项，错误 1 行", imported.Out);
        Assert.Contains("须在任务分解表的年度内", imported.Out);

        var tasks = await new PlanService.PlanServiceClient(suite.Channel(ResourceNames.Supervision, justice))
            .ListTasksAsync(new ListTasksRequest { PlanId = long.Parse(planId) });
        var legal = Assert.Single(tasks.Tasks);
        var report = await cli.RunAsync("supervision", "report", "--task", legal.Id.ToString(), "--percent", "60", "--note", "已完成三个村", "--token", justice);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Contains("已完成 60%", report.Out);

        var snapshot = await cli.RunAsync("supervision", "snapshot", "--county", SampleForms.County, "--year", year, "--quarter", quarter, "--token", office);
        Assert.True(snapshot.ExitCode == 0, snapshot.Error);
        Assert.Contains("数据完整", snapshot.Out);
        Assert.Contains("季度摸排核实率", snapshot.Out);
        Assert.Contains("林口镇", snapshot.Out);

        // A satisfaction survey of 林口镇: the service draws two of its women, who answer.
        var surveys = new SurveyService.SurveyServiceClient(suite.Channel(ResourceNames.Supervision, office));
        var survey = await surveys.CreateSurveyAsync(new CreateSurveyRequest
        {
            RequestId = "e2e-survey",
            Survey = new Survey { TownshipCode = SampleForms.Township, Year = int.Parse(year), Quarter = int.Parse(quarter), Title = "关爱服务满意度", SampleSize = 2, Questions = { new Question { Text = "对村里的探访是否满意" } } },
        });
        var sample = await cli.RunAsync("supervision", "survey", "sample", "--id", survey.Id.ToString(), "--token", office);
        Assert.True(sample.ExitCode == 0, sample.Error);
        Assert.Contains("从在册", sample.Out);
        var drawn = await surveys.DrawSampleAsync(new DrawSampleRequest { SurveyId = survey.Id });
        var answer = await cli.RunAsync("supervision", "survey", "answer", "--id", survey.Id.ToString(), "--woman", drawn.Women[0].WomanId.ToString(), "--method", "入户访谈", "--scores", "5", "--token", office);
        Assert.True(answer.ExitCode == 0, answer.Error);
        Assert.Contains("满意", answer.Out);

        var scheme = await cli.RunAsync("supervision", "scheme", "save", "--county", SampleForms.County, "--year", year,
            "--item", "registry.survey_verified:30:1", "--item", "assistance.priority_covered:30:0.95", "--item", "familyeducation.households_reached:20:0.8", "--item", "legalaid.aid_on_time:20:0.9",
            "--overdue-deduction", "2", "--token", office);
        Assert.True(scheme.ExitCode == 0, scheme.Error);
        var score = await cli.RunAsync("supervision", "score", "--county", SampleForms.County, "--year", year, "--quarter", quarter, "--token", office);
        Assert.True(score.ExitCode == 0, score.Error);
        Assert.Contains("林口镇", score.Out);
        Assert.Contains("满分 30 分", score.Out);

        // The county leader reads the departments' ranking and scores; the progress table also as CSV.
        var csv = Path.Combine(cli.Folder, "进度.csv");
        var progress = await cli.RunAsync("supervision", "progress", "--county", SampleForms.County, "--year", year, "--quarter", quarter, "--departments", "--csv", csv, "--token", leader);
        Assert.True(progress.ExitCode == 0, progress.Error);
        Assert.Contains("司法局", progress.Out);
        Assert.Contains("后进排名", await File.ReadAllTextAsync(csv));
        var scores = await cli.RunAsync("supervision", "score", "--show", "--departments", "--county", SampleForms.County, "--year", year, "--quarter", quarter, "--token", leader);
        Assert.True(scores.ExitCode == 0, scores.Error);
        Assert.Contains("民政局", scores.Out);
        Assert.DoesNotContain("FIGURE_STATE", scores.Out + progress.Out + snapshot.Out);
    }
}
