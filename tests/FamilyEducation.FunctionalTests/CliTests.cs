using System.Text;
using Suite.Contracts.Assistance.V1;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>`suite family`: the flow of a women's-federation township officer from the command line, in Chinese.</summary>
public sealed class CliTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--familyeducation", "http://familyeducation.test");

    public void Dispose() => _cli.Dispose();

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    private static string IdAfter(string text, string marker) => new(text[(text.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimStart().TakeWhile(char.IsDigit).ToArray());

    [Fact]
    public async Task A_township_officer_holds_a_parent_class_imports_its_sheet_guides_a_household_sees_who_is_not_reached_and_raises_a_concern()
    {
        var attended = await suite.RegisterAsync(name: "王秀英");
        var guided = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "李桂香");
        var unreached = await suite.RegisterAsync(name: "陈淑芬");
        await suite.HouseholdAsync(unreached.Id);
        await _cli.LoginAsync(FamilyEducationSuite.FederationTownship);

        var venue = IdAfter(await Run("family", "venue-add", "--name", "林口镇家长学校", "--kind", "家长学校", "--area", SampleForms.Township, "--keeper", "张桂兰"), "阵地");
        var activity = IdAfter(await Run("family", "activity-add", "--venue", venue, "--kind", "家长课堂", "--date", "2026-11-21", "--topic", "留守儿童的陪伴与沟通",
            "--speaker", "县家庭教育讲师团", "--capacity", "60"), "活动");

        // The sheet as a county office's spreadsheet saves it: GB18030, a header, one wrong name.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sheet = Path.Combine(_cli.Folder, "签到表.csv");
        await File.WriteAllTextAsync(sheet, $"编号,姓名\r\n{attended.Id},王秀英\r\n{guided.Id},李秀香\r\n", Encoding.GetEncoding("GB18030"));
        var imported = await Run("family", "sign-in", "--activity", activity, sheet);
        Assert.Contains("签到已记录 1 人", imported);
        Assert.Contains("未记录 1 人", imported);
        var rejected = await File.ReadAllTextAsync(Path.Combine(_cli.Folder, "签到表.rejected.csv"));
        Assert.Contains("姓名“李秀香”与台账中编号", rejected);
        Assert.Contains("签到已记录 0 人，此前已记录 1 人", await Run("family", "sign-in", "--activity", activity, sheet));
        Assert.Contains("其他参加 8 人", await Run("family", "others", "--activity", activity, "--count", "8"));

        var pairing = IdAfter(await Run("family", "pair", "--woman", guided.Id.ToString(), "--guide", "刘慧", "--organisation", "林口镇巾帼志愿服务队", "--first-session", "2026-11-22"), "结对");
        Assert.Contains("共 1 次，下次 2026-12-06", await Run("family", "session", "--pairing", pairing, "--date", "2026-11-22", "--topic", "学习习惯", "--topic", "亲子沟通", "--next", "2026-12-06"));

        var coverage = await Run("family", "coverage", "--year", "2026", "--quarter", "4", "--list", "50");
        Assert.Contains("未覆盖家庭（妇女）", coverage);
        Assert.Contains(unreached.Id.ToString(), coverage);
        Assert.DoesNotContain($" {attended.Id},", coverage + ",");
        Assert.Contains("有未成年子女的家庭 3 户，已覆盖 2 户", coverage);
        Assert.Contains("2016年生 小学", await Run("family", "households", "--children"));

        Assert.Contains("已通知民政部门", await Run("family", "concern", "--woman", unreached.Id.ToString(), "--kind", "无成人在家", "--severity", "严重", "--narrative", "孩子独自在家三天"));
        var concerns = await Run("family", "concerns");
        Assert.Contains("孩子独自在家三天", concerns);
        var referrals = new Suite.Contracts.Common.V1.ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(TestTokens.CountyOfficer));
        await Eventually.Until(async () => (await referrals.ListInboxAsync(new Suite.Contracts.Common.V1.ListReferralsRequest { WomanId = unreached.Id, PageSize = 500 })).Referrals.FirstOrDefault());

        var stats = await Run("family", "stats", "--from", "2026-11-01", "--to", "2026-11-30");
        Assert.Contains("家长课堂", stats);
        Assert.Contains("一对一指导 1 次", stats);

        var (code, _, error) = await _cli.RunAsync("family", "concern", "--woman", unreached.Id.ToString(), "--kind", "迟到", "--narrative", "x");
        Assert.Equal(1, code);
        Assert.Contains("无成人在家/辍学/安全/其他", error);
    }

    [Fact]
    public async Task A_venue_added_from_the_command_line_is_a_place_of_the_register_and_venues_shows_its_id()
    {
        await _cli.LoginAsync(FamilyEducationSuite.FederationTownship);
        var added = await Run("family", "venue-add", "--name", "林口镇妇女之家", "--kind", "妇女之家", "--area", SampleForms.Township, "--keeper", "王丽");
        var placeId = IdAfter(added, "阵地库编号");
        var place = await suite.Places().GetPlaceAsync(new Suite.Contracts.Community.V1.GetPlaceRequest { Id = long.Parse(placeId, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(("林口镇妇女之家", "王丽"), (place.Name, place.Keeper));

        var venues = await Run("family", "venues");
        Assert.Contains("阵地库编号", venues);
        Assert.Contains(placeId, venues);
        var activity = await Run("family", "activity-add", "--place", placeId, "--kind", "讲座", "--date", "2026-11-21", "--topic", "反家暴知识", "--speaker", "县妇联", "--capacity", "40");
        Assert.Contains("反家暴知识", activity);
    }

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(FamilyEducationSuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _familyEducation = new(suite.FamilyEducation.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "familyeducation.test" ? _familyEducation : _registry).SendAsync(request, cancellationToken);
    }
}
