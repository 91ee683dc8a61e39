using System.Text;
using Suite.Contracts.Common.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Community.FunctionalTests;

/// <summary>
/// Community activities at the places of the register, with attendance by the suite's one sign-in sheet: every row's
/// outcome, a repeated sheet records nothing new, a Registry that cannot be reached records nothing; and the CLI.
/// </summary>
public sealed class ActivityTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private CommunityActivityService.CommunityActivityServiceClient Activities(string? token = null) => new(suite.Community.ChannelFor(token ?? CommunitySuite.FederationTownship));

    private static CreateActivityRequest NewActivity(long placeId, ActivityKind kind = ActivityKind.AntiFraud, Date? date = null, string topic = "防范电信网络诈骗") => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Activity = new Activity { PlaceId = placeId, Kind = kind, Date = date ?? CommunitySuite.Today, Topic = topic, Organiser = "林口镇妇联", Capacity = 80 },
    };

    private async Task<Activity> ActivityAsync(string? token = null, string? placeArea = null) =>
        await Activities(token).CreateActivityAsync(NewActivity((await suite.PlaceAsync(area: placeArea ?? SampleForms.Township, token: TestTokens.Admin)).Id));

    private async Task<ImportSignInSheetResponse> SignInAsync(long activityId, IEnumerable<(long WomanId, string Name)> rows, string? token = null)
    {
        using var call = Activities(token).ImportSignInSheet();
        var number = 0;
        foreach (var (womanId, name) in rows)
        {
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activityId, RowNumber = ++number, WomanId = womanId, Name = name });
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    private async Task<int> AttendanceOf(long activityId) => (await Activities(TestTokens.Admin).GetActivityAsync(new GetActivityRequest { Id = activityId })).RegisteredAttendance;

    [Fact]
    public async Task An_activity_at_a_place_is_recorded_once_read_and_listed_newest_first_by_kind_and_period()
    {
        var place = await suite.PlaceAsync(PlaceKind.CultureGround, name: "林口镇文化广场");
        var request = NewActivity(place.Id, ActivityKind.CultureToCountryside, new Date { Year = 2026, Month = 11, Day = 20 }, "送戏下乡：龙江剧专场");
        var activity = await Activities().CreateActivityAsync(request);
        Assert.Equal(activity.Id, (await Activities().CreateActivityAsync(request)).Id);
        Assert.Equal((place.Id, SampleForms.Township, 0), (activity.PlaceId, activity.AreaCode, activity.RegisteredAttendance));
        var later = await Activities().CreateActivityAsync(NewActivity(place.Id, ActivityKind.CultureToCountryside, new Date { Year = 2026, Month = 11, Day = 21 }, "送书下乡"));
        await Activities().CreateActivityAsync(NewActivity(place.Id, ActivityKind.Sports, new Date { Year = 2026, Month = 11, Day = 21 }, "广场舞比赛"));

        var read = await Activities(CommunitySuite.FederationCounty).GetActivityAsync(new GetActivityRequest { Id = later.Id });
        Assert.Equal("送书下乡", read.Topic);
        Assert.Equal("林口镇妇联", read.Organiser);
        var list = await Activities().ListActivitiesAsync(new ListActivitiesRequest
        {
            AreaCode = SampleForms.Township, Kind = ActivityKind.CultureToCountryside, PageSize = 500,
            FromDate = new Date { Year = 2026, Month = 11, Day = 20 }, ToDate = new Date { Year = 2026, Month = 11, Day = 21 },
        });
        Assert.All(list.Activities, a => Assert.Equal(ActivityKind.CultureToCountryside, a.Kind));
        var ours = list.Activities.Where(a => a.PlaceId == place.Id).Select(a => a.Id).ToList();
        Assert.Equal([later.Id, activity.Id], ours);
    }

    [Fact]
    public async Task A_sheet_records_each_woman_once_gives_rejected_rows_their_reasons_and_a_repeated_sheet_records_nothing_new()
    {
        var (a, b) = (await suite.RegisterAsync(name: "王秀英"), await suite.RegisterAsync(name: "张桂芝"));
        var notShared = await suite.RegisterAsync(share: false, name: "孙丽");
        var activity = await ActivityAsync();
        (long, string)[] sheet = [(a.Id, "王秀英"), (b.Id, "张桂兰"), (999_999, "赵敏"), (notShared.Id, "孙丽"), (a.Id, "王秀英"), (b.Id, " 张桂芝 ")];

        var first = await SignInAsync(activity.Id, sheet);
        Assert.Equal((2, 0, 4), (first.Recorded, first.AlreadyRecorded, first.Rejected));
        Assert.Equal(SignInOutcome.Recorded, first.Results[0].Outcome);
        Assert.Contains("姓名“张桂兰”与台账", first.Results[1].Reason);
        Assert.Contains("不在本辖区台账中", first.Results[2].Reason);
        Assert.Contains("未经本人同意", first.Results[3].Reason);
        Assert.Contains("重复", first.Results[4].Reason);
        Assert.Equal(SignInOutcome.Recorded, first.Results[5].Outcome);
        Assert.Equal(2, await AttendanceOf(activity.Id));

        var again = await SignInAsync(activity.Id, sheet);
        Assert.Equal((0, 2, 4), (again.Recorded, again.AlreadyRecorded, again.Rejected));
        Assert.Equal(2, await AttendanceOf(activity.Id));

        // Her case file shows the activity she signed in to, in Chinese, to a caller of her area only.
        var records = new WomanRecordsService.WomanRecordsServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship));
        var hers = (await records.ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = a.Id })).Records.Single(r => r.Kind == "attendance");
        Assert.Equal((activity.Id, "参加社区活动（防诈骗课堂）：防范电信网络诈骗"), (hers.Id, hers.Summary));
        var otherTownship = TestTokens.For("womens-federation", "township-officer", "231085100", "穆棱镇妇联主席");
        var elsewhere = new WomanRecordsService.WomanRecordsServiceClient(suite.Community.ChannelFor(otherTownship));
        Assert.DoesNotContain((await elsewhere.ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = a.Id })).Records, r => r.Kind == "attendance");
    }

    [Fact]
    public async Task A_Registry_that_cannot_be_reached_stops_the_sheet_and_nothing_is_recorded()
    {
        var woman = await suite.RegisterAsync(name: "李桂香");
        var activity = await ActivityAsync();
        try
        {
            suite.RegistryUp = false;
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => SignInAsync(activity.Id, [(woman.Id, woman.Name)]));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Equal(0, await AttendanceOf(activity.Id));
        Assert.Equal(1, (await SignInAsync(activity.Id, [(woman.Id, woman.Name)])).Recorded);
    }

    [Fact]
    public async Task A_place_or_an_activity_outside_the_callers_area_is_not_found()
    {
        var elsewhere = await suite.PlaceAsync(area: "231085100", token: TestTokens.Admin, name: "穆棱镇妇女之家");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Activities().CreateActivityAsync(NewActivity(elsewhere.Id)).ResponseAsync);
        var theirs = await Activities(TestTokens.Admin).CreateActivityAsync(NewActivity(elsewhere.Id));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Activities().GetActivityAsync(new GetActivityRequest { Id = theirs.Id }).ResponseAsync);
        var woman = await suite.RegisterAsync();
        await RpcAssert.FailsWith(StatusCode.NotFound, () => SignInAsync(theirs.Id, [(woman.Id, woman.Name)]));
        Assert.Equal(0, await AttendanceOf(theirs.Id));
    }

    [Fact]
    public async Task A_village_activity_at_the_township_place_belongs_to_the_village()
    {
        var township = await suite.PlaceAsync(token: TestTokens.Admin);
        var activity = await Activities(CommunitySuite.FederationVillage).CreateActivityAsync(NewActivity(township.Id, ActivityKind.DigitalSkills, topic: "智能手机使用"));
        Assert.Equal(SampleForms.RuralVillage, activity.AreaCode);
        var woman = await suite.RegisterAsync(name: "陈淑芬");
        Assert.Equal(1, (await SignInAsync(activity.Id, [(woman.Id, woman.Name)], CommunitySuite.FederationVillage)).Recorded);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_recorded()
    {
        var place = await suite.PlaceAsync();
        var request = new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Activity = new Activity { PlaceId = 0, Kind = ActivityKind.Unspecified, Date = new Date { Year = 2026, Month = 11, Day = 23 }, Topic = "", Organiser = new string('妇', 101), Capacity = 0, OtherParticipants = -1 },
        };
        await RpcAssert.InvalidFields(() => Activities().CreateActivityAsync(request).ResponseAsync,
            "activity.place_id", "activity.kind", "activity.date", "activity.topic", "activity.organiser", "activity.capacity", "activity.other_participants");
        await RpcAssert.InvalidFields(() => Activities().ListActivitiesAsync(new ListActivitiesRequest { Kind = (ActivityKind)99 }).ResponseAsync, "kind");

        var activity = await Activities().CreateActivityAsync(NewActivity(place.Id));
        await RpcAssert.InvalidFields(() => Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Count = -1 }).ResponseAsync, "etag", "count");
        await RpcAssert.InvalidFields(() => SignInAsync(activity.Id, []), "activity_id");
        var changed = await Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Etag = activity.Etag, Count = 12 });
        Assert.Equal(12, changed.OtherParticipants);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Etag = activity.Etag, Count = 3 }).ResponseAsync);
        Assert.Equal(12, (await Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id })).OtherParticipants);
    }

    [Fact]
    public async Task Callers_without_the_activity_permissions_are_refused()
    {
        var place = await suite.PlaceAsync();
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Activities(CommunitySuite.CountyLeader).CreateActivityAsync(NewActivity(place.Id)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Activities(CommunitySuite.CountyLeader).ListActivitiesAsync(new ListActivitiesRequest()).ResponseAsync);
        var activity = await Activities().CreateActivityAsync(NewActivity(place.Id));
        var woman = await suite.RegisterAsync();
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => SignInAsync(activity.Id, [(woman.Id, woman.Name)], CommunitySuite.Counsellor));
        Assert.Equal(0, await AttendanceOf(activity.Id));
    }

    [Fact]
    public async Task A_township_officer_records_an_anti_fraud_class_and_its_sheet_from_the_command_line_in_Chinese()
    {
        var attended = await suite.RegisterAsync(name: "王秀英");
        var other = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "李桂香");
        await _cli.LoginAsync(CommunitySuite.FederationTownship);

        var place = IdAfter(await Run("community", "places", "add", "--name", "林口镇妇女之家", "--kind", "妇女之家", "--area", SampleForms.Township, "--keeper", "张桂兰"), "阵地");
        var activity = IdAfter(await Run("community", "activities", "add", "--place", place, "--kind", "防诈骗课堂", "--date", "2026-11-21", "--topic", "防范电信网络诈骗",
            "--organiser", "林口镇妇联", "--capacity", "80"), "活动");

        // The sheet as a county office's spreadsheet saves it: GB18030, a header, one wrong name.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        var sheet = Path.Combine(_cli.Folder, "签到表.csv");
        await File.WriteAllTextAsync(sheet, $"编号,姓名\r\n{attended.Id},王秀英\r\n{other.Id},李秀香\r\n", gb18030);
        var imported = await Run("community", "activities", "sign-in", "--activity", activity, "--file", sheet);
        Assert.Contains("签到已记录 1 人", imported);
        Assert.Contains("未记录 1 人", imported);
        Assert.Contains("姓名“李秀香”与台账中编号", await File.ReadAllTextAsync(Path.Combine(_cli.Folder, "签到表.rejected.csv")));
        Assert.Contains("签到已记录 0 人，此前已记录 1 人", await Run("community", "activities", "sign-in", "--activity", activity, "--file", sheet));
        Assert.Contains("其他参加 12 人", await Run("community", "activities", "others", "--activity", activity, "--count", "12"));

        var list = await Run("community", "activities", "list", "--kind", "防诈骗课堂", "--from", "2026-11-21");
        Assert.Contains("防范电信网络诈骗", list);
        Assert.Contains("防诈骗课堂", list);
        var show = await Run("community", "activities", "show", "--id", activity);
        Assert.Contains("林口镇妇女之家", show);
        Assert.Contains("在册参加 1 人，其他参加 12 人", show);

        // Marked UTF-8, but its third line was saved as GB18030: refused with the line, nothing sent.
        var broken = Path.Combine(_cli.Folder, "坏签到表.csv");
        await File.WriteAllBytesAsync(broken, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes($"编号,姓名\r\n{attended.Id},王秀英\r\n"), .. gb18030.GetBytes($"{other.Id},李桂香\r\n")]);
        var (code, _, error) = await _cli.RunAsync("community", "activities", "sign-in", "--activity", activity, "--file", broken);
        Assert.Equal(1, code);
        Assert.Contains("第 3 行", error);
        Assert.Contains("不是 UTF-8", error);
        Assert.Equal(1, await AttendanceOf(long.Parse(activity, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    private static string IdAfter(string text, string marker) => new(text[(text.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimStart().TakeWhile(char.IsDigit).ToArray());

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(CommunitySuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _community = new(suite.Community.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "community.test" ? _community : _registry).SendAsync(request, cancellationToken);
    }
}
