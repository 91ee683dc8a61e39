using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The Community issue's "done when", under the app host and all from `suite community …` in Chinese: a counsellor books
/// and records sessions (the notes for her eyes only), a volunteer team logs hours, a purchased project shows what it
/// delivered, a 最美家庭 round goes from nomination to award, and women's seats in the village committee show per village.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class CommunityFlowTests(SuiteAppHost suite) : IDisposable
{
    private readonly CliRunner _cli = suite.Cli();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b|Exception|\bsuite\.[a-z]+\.v1\b")]
    private static partial Regex NotForStaff();

    /// <summary>Runs a command as a development identity; it must succeed and speak Chinese without codes.</summary>
    private async Task<string> RunAsync(string department, string role, params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync([.. args, "--token", suite.Token(department, role)]);
        Assert.True(code == 0, $"suite {string.Join(' ', args)}: {error}");
        Assert.False(NotForStaff().IsMatch(output), $"suite {string.Join(' ', args)} shows a code: {output}");
        return output;
    }

    /// <summary>The id a command reports first ("阵地 12 已登记…").</summary>
    private static string Id(string output) => Regex.Match(output, @"\d+").Value;

    [Fact]
    public async Task Counselling_volunteers_a_project_a_commendation_round_and_village_seats_from_the_command_line()
    {
        var registry = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")));
        var first = await registry.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "郑秀兰")));
        var second = await registry.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "何桂芝")));
        var now = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var today = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        const string Federation = "womens-federation";

        // A counselling point of the register, its counsellor, a booking and an individual session, a group session.
        var point = Id(await RunAsync(Federation, "township-officer", "community", "places", "add", "--name", "林口镇卫生院心理咨询室", "--kind", "心理咨询点",
            "--area", SampleForms.Township, "--keeper", "赵敏", "--host", "林口镇卫生院"));
        await RunAsync(Federation, "township-officer", "community", "counselling", "counsellor-add", "--point", point, "--subject", "local:health:counsellor",
            "--name", "赵敏", "--qualification", "国家二级心理咨询师");
        var booking = Id(await RunAsync("health", "counsellor", "community", "counselling", "book", "--point", point, "--woman", first.Id.ToString(CultureInfo.InvariantCulture),
            "--date", today, "--source", "本人求助"));
        var individual = await RunAsync("health", "counsellor", "community", "counselling", "record", "--booking", booking, "--date", today, "--topic", "孤独与压力",
            "--notes", "丈夫外出务工两年，夜里睡不好", "--follow-up", now.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Contains("心理疏导记录", individual);
        var group = Id(await RunAsync("health", "counsellor", "community", "counselling", "record", "--point", point, "--woman", first.Id.ToString(CultureInfo.InvariantCulture),
            "--woman", second.Id.ToString(CultureInfo.InvariantCulture), "--others", "4", "--date", today, "--topic", "子女教养", "--notes", "团体辅导：与孩子通话的办法"));
        Assert.Contains("团体辅导", await RunAsync("health", "counsellor", "community", "counselling", "notes", "--session", group));
        var (refused, _, refusal) = await _cli.RunAsync("community", "counselling", "notes", "--session", group, "--token", suite.Token(Federation, "township-officer"));
        Assert.NotEqual(0, refused);
        Assert.Contains("没有权限", refusal);
        Assert.DoesNotContain("团体辅导", refusal);

        // A volunteer team logs service hours under a purchased-service project, which counts what was delivered.
        var organisation = Id(await RunAsync(Federation, "township-officer", "community", "organisations", "add", "--name", "林口县阳光社工中心",
            "--code", "52231025MJ7654321X", "--area", SampleForms.Township, "--kind", "社工机构", "--qualification", "民政部门登记", "--contact", "陈静"));
        var project = Id(await RunAsync(Federation, "township-officer", "community", "organisations", "project-add", "--organisation", organisation,
            "--department", Federation, "--title", "留守妇女心理关爱项目", "--budget", "200000", "--from", $"{now.Year}-01-01", "--to", $"{now.Year}-12-31",
            "--area", SampleForms.Township, "--service", "心理疏导场次=10", "--service", "志愿服务小时=20"));
        var team = Id(await RunAsync(Federation, "township-officer", "community", "volunteers", "team-add", "--name", "林口镇巾帼志愿服务队", "--area", SampleForms.Township, "--leader", "刘慧"));
        var member = Id(await RunAsync(Federation, "township-officer", "community", "volunteers", "member-add", "--team", team, "--name", "张丽"));
        var logged = await RunAsync(Federation, "township-officer", "community", "volunteers", "hours", "--team", team, "--member", member, "--date", today, "--hours", "2.5",
            "--kind", "入户走访", "--woman", second.Id.ToString(CultureInfo.InvariantCulture), "--project", project);
        Assert.Contains("累计服务 2.5 小时", logged);
        await RunAsync(Federation, "township-officer", "community", "organisations", "attach", "--project", project, "--kind", "心理疏导", "--record", group);
        var delivered = await RunAsync(Federation, "township-officer", "community", "organisations", "project", "--id", project);
        Assert.Contains("留守妇女心理关爱项目", delivered);
        Assert.Matches(@"服务妇女 [12] 人", delivered);

        // A 最美家庭 round: the village nominates, the township reviews and posts the notice, the county awards after it.
        var round = Id(await RunAsync(Federation, "county-officer", "community", "commendation", "round-add", "--title", $"{now.Year}年度林口县最美家庭",
            "--county", SampleForms.County, "--deadline", now.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--notice-days", "5"));
        var nomination = Id(await RunAsync(Federation, "village-staff", "community", "commendation", "nominate", "--round", round,
            "--woman", first.Id.ToString(CultureInfo.InvariantCulture), "--reason", "孝老爱亲，独自照料公婆和两个孩子"));
        await RunAsync(Federation, "township-officer", "community", "commendation", "review", "--id", nomination, "--reason", "事迹属实");
        await RunAsync(Federation, "township-officer", "community", "commendation", "notice", "--round", round, "--area", SampleForms.Township, "--from", today);
        // The app host's clock cannot move: the five days of public notice are moved back in the database instead.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(suite.DataDirectory, ResourceNames.CommunityDb + ".db")}"))
        {
            await db.OpenAsync();
            var update = db.CreateCommand();
            update.CommandText = "UPDATE Nominations SET NoticeFrom = date('now', '+8 hours', '-6 day'), NoticeUntil = date('now', '+8 hours', '-2 day') WHERE Id = $id";
            update.Parameters.AddWithValue("$id", long.Parse(nomination, CultureInfo.InvariantCulture));
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        await RunAsync(Federation, "county-officer", "community", "commendation", "decide", "--id", nomination, "--note", "审定通过");
        Assert.Contains("郑秀兰", await RunAsync(Federation, "county-officer", "community", "commendation", "nominations", "--round", round, "--status", "已表彰"));

        // Women in the village committee, per village.
        var election = Id(await RunAsync(Federation, "township-officer", "community", "participation", "election-add", "--village", SampleForms.RuralVillage,
            "--body", "村民委员会", "--term", now.Year.ToString(CultureInfo.InvariantCulture), "--seats", "5", "--electorate", "650", "--votes-cast", "600"));
        var candidate = Id(await RunAsync(Federation, "township-officer", "community", "participation", "candidate-add", "--election", election,
            "--woman", second.Id.ToString(CultureInfo.InvariantCulture)));
        await RunAsync(Federation, "township-officer", "community", "participation", "result", "--election", election, "--candidate", candidate, "--votes", "420", "--elected");
        var villages = await RunAsync(Federation, "township-officer", "community", "participation", "villages", "--area", SampleForms.Township, "--term", now.Year.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("东升村", villages);
    }
}
