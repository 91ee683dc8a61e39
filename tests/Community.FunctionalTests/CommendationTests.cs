using Google.Protobuf.WellKnownTypes;
using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Community.FunctionalTests;

/// <summary>Commendation: a round from a village's nomination through the township's review and public notice to the county's award.</summary>
public sealed class CommendationTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private static readonly string OtherVillageStaff = TestTokens.For("womens-federation", "village-staff", SampleForms.OtherRuralVillage, "妇女之家专干（二村）");
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private CommendationService.CommendationServiceClient County => suite.Commendation(CommunitySuite.FederationCounty);
    private CommendationService.CommendationServiceClient Township => suite.Commendation(CommunitySuite.FederationTownship);
    private CommendationService.CommendationServiceClient Village => suite.Commendation(CommunitySuite.FederationVillage);

    private async Task<Round> RoundAsync(int deadlineInDays = 10, int noticeDays = 7) => await County.CreateRoundAsync(new CreateRoundRequest
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Round = new Round
        {
            Title = "2026年度林口县最美家庭", Kind = CommendationKind.MostBeautifulFamily, AreaCode = SampleForms.County,
            NominationDeadline = Date.From(suite.TodayNow.AddDays(deadlineInDays)), NoticeDays = noticeDays,
        },
    });

    private static NominateRequest Nomination(long round, long woman) =>
        new() { RequestId = Guid.NewGuid().ToString("N"), RoundId = round, WomanId = woman, Reason = "孝老爱亲，照顾瘫痪婆婆十余年" };

    private async Task<Nomination> InNoticeAsync(long round, long woman)
    {
        var n = await Village.NominateAsync(Nomination(round, woman));
        n = await Township.ReviewNominationAsync(new ReviewNominationRequest { Id = n.Id, Etag = n.Etag, Recommend = true, Reason = "事迹属实" });
        await Township.PostNoticeAsync(new PostNoticeRequest { RoundId = round, AreaCode = SampleForms.Township, NoticeFrom = Date.From(suite.TodayNow) });
        return await Township.GetNominationAsync(new GetNominationRequest { Id = n.Id });
    }

    [Fact]
    public async Task A_round_goes_from_the_villages_nomination_through_review_notice_and_a_dismissed_objection_to_the_countys_award()
    {
        var woman = await suite.RegisterAsync(name: "刘淑珍");
        var round = await RoundAsync(noticeDays: 7);
        Assert.Contains((await Village.ListRoundsAsync(new ListRoundsRequest { PageSize = 500 })).Rounds, r => r.Id == round.Id);

        var request = Nomination(round.Id, woman.Id);
        var nominated = await Village.NominateAsync(request);
        Assert.Equal(nominated.Id, (await Village.NominateAsync(request)).Id);
        Assert.Equal(NominationStatus.Nominated, nominated.Status);
        Assert.Equal(SampleForms.RuralVillage, nominated.VillageCode);
        var counted = await Township.GetRoundAsync(new GetRoundRequest { Id = round.Id });
        Assert.Equal(1, counted.Counts.Single(c => c.Status == NominationStatus.Nominated).Count);

        var reviewed = await Township.ReviewNominationAsync(new ReviewNominationRequest { Id = nominated.Id, Etag = nominated.Etag, Recommend = true, Reason = "事迹属实，群众认可" });
        Assert.Equal(NominationStatus.Recommended, reviewed.Status);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Township.ReviewNominationAsync(new ReviewNominationRequest { Id = nominated.Id, Etag = nominated.Etag, Recommend = false, Reason = "x" }).ResponseAsync);

        var today = suite.TodayNow;
        var notice = await Township.PostNoticeAsync(new PostNoticeRequest { RoundId = round.Id, AreaCode = SampleForms.Township, NoticeFrom = Date.From(today) });
        Assert.Contains(notice.Nominations, n => n.Id == nominated.Id);
        Assert.Equal(Date.From(today.AddDays(6)), notice.NoticeUntil);

        var objection = await Village.RecordObjectionAsync(new RecordObjectionRequest { RequestId = Guid.NewGuid().ToString("N"), NominationId = nominated.Id, Text = "听说其家中曾有邻里纠纷", RaisedBy = "村民（匿名）" });
        Assert.Equal(ObjectionStatus.Open, objection.Status);
        var inNotice = await County.GetNominationAsync(new GetNominationRequest { Id = nominated.Id });
        Assert.Equal(1, inNotice.OpenObjections);

        // During the notice, and then with the objection unresolved, the county cannot decide: each refusal says what is missing.
        var early = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => County.DecideNominationAsync(new DecideNominationRequest { Id = nominated.Id, Etag = inNotice.Etag, Award = true }).ResponseAsync);
        Assert.Contains(today.AddDays(6).ToString("yyyy-MM-dd"), early.Status.Detail);
        suite.Clock.Advance(TimeSpan.FromDays(7));
        var unresolved = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => County.DecideNominationAsync(new DecideNominationRequest { Id = nominated.Id, Etag = inNotice.Etag, Award = true }).ResponseAsync);
        Assert.Contains("unresolved objection", unresolved.Status.Detail);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Village.RecordObjectionAsync(new RecordObjectionRequest { RequestId = Guid.NewGuid().ToString("N"), NominationId = nominated.Id, Text = "公示已结束" }).ResponseAsync);

        var dismissed = await Township.ResolveObjectionAsync(new ResolveObjectionRequest { Id = objection.Id, Etag = objection.Etag, Upheld = false, Resolution = "经村委会核实，纠纷早已调解，不影响推荐" });
        Assert.Equal(ObjectionStatus.Dismissed, dismissed.Status);
        var awarded = await County.DecideNominationAsync(new DecideNominationRequest { Id = nominated.Id, Etag = inNotice.Etag, Award = true, Note = "县妇联执委会审定" });
        Assert.Equal(NominationStatus.Awarded, awarded.Status);
        Assert.Equal(Date.From(suite.TodayNow), awarded.AwardedOn);
        var list = await County.ListNominationsAsync(new ListNominationsRequest { RoundId = round.Id, Status = NominationStatus.Awarded, PageSize = 500 });
        Assert.Equal([nominated.Id], list.Nominations.Select(n => n.Id));
        var read = await Village.GetNominationAsync(new GetNominationRequest { Id = nominated.Id });
        Assert.Equal(ObjectionStatus.Dismissed, Assert.Single(read.Objections).Status);
    }

    [Fact]
    public async Task An_upheld_objection_withdraws_the_nomination_and_it_cannot_be_decided()
    {
        var woman = await suite.RegisterAsync(name: "孙桂荣");
        var round = await RoundAsync();
        var n = await InNoticeAsync(round.Id, woman.Id);
        var objection = await Township.RecordObjectionAsync(new RecordObjectionRequest { RequestId = Guid.NewGuid().ToString("N"), NominationId = n.Id, Text = "事迹与实际不符" });
        await Township.ResolveObjectionAsync(new ResolveObjectionRequest { Id = objection.Id, Etag = objection.Etag, Upheld = true, Resolution = "经核实，事迹材料不实" });
        var withdrawn = await County.GetNominationAsync(new GetNominationRequest { Id = n.Id });
        Assert.Equal(NominationStatus.Withdrawn, withdrawn.Status);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Township.ResolveObjectionAsync(new ResolveObjectionRequest { Id = objection.Id, Etag = (long.Parse(objection.Etag) + 1).ToString(), Upheld = false, Resolution = "x" }).ResponseAsync);
        suite.Clock.Advance(TimeSpan.FromDays(8));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => County.DecideNominationAsync(new DecideNominationRequest { Id = n.Id, Etag = withdrawn.Etag, Award = true }).ResponseAsync);
    }

    [Fact]
    public async Task A_woman_is_nominated_once_in_a_round_also_after_she_moved_to_another_village()
    {
        var woman = await suite.RegisterAsync(name: "周玉兰");
        var round = await RoundAsync();
        var first = await Village.NominateAsync(Nomination(round.Id, woman.Id));
        var twice = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Village.NominateAsync(Nomination(round.Id, woman.Id)).ResponseAsync);
        Assert.Equal(first.Id.ToString(), twice.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceName);

        // She moves to the next village, whose staff nominate her again: still one family in the round (its id not theirs to know).
        var record = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id });
        record.VillageCode = SampleForms.OtherRuralVillage;
        await suite.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = record, UpdateMask = new FieldMask { Paths = { "village_code" } }, Reason = "迁居二村" });
        var across = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => suite.Commendation(OtherVillageStaff).NominateAsync(Nomination(round.Id, woman.Id)).ResponseAsync);
        Assert.Equal("", across.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task A_woman_of_another_village_is_refused_by_field_and_only_village_staff_nominate()
    {
        var elsewhere = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "吴凤琴");
        var round = await RoundAsync();
        await RpcAssert.InvalidFields(() => Village.NominateAsync(Nomination(round.Id, elsewhere.Id)).ResponseAsync, "woman_id");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Township.NominateAsync(Nomination(round.Id, elsewhere.Id)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => County.NominateAsync(Nomination(round.Id, elsewhere.Id)).ResponseAsync);
        var list = await County.ListNominationsAsync(new ListNominationsRequest { RoundId = round.Id, PageSize = 500 });
        Assert.Empty(list.Nominations);
        await RpcAssert.InvalidFields(() => Village.NominateAsync(new NominateRequest { RoundId = round.Id, Reason = new string('好', 501) }).ResponseAsync, "request_id", "woman_id", "reason");
    }

    [Fact]
    public async Task Nominations_after_the_deadline_and_notices_with_nothing_recommended_are_refused()
    {
        var woman = await suite.RegisterAsync(name: "郑秀云");
        var round = await RoundAsync(deadlineInDays: 0);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Township.PostNoticeAsync(new PostNoticeRequest { RoundId = round.Id, AreaCode = SampleForms.Township, NoticeFrom = Date.From(suite.TodayNow) }).ResponseAsync);
        suite.Clock.Advance(TimeSpan.FromDays(1));
        var closed = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Village.NominateAsync(Nomination(round.Id, woman.Id)).ResponseAsync);
        Assert.Contains("closed", closed.Status.Detail);
    }

    [Fact]
    public async Task A_round_with_bad_fields_is_refused_by_field()
    {
        var request = new CreateRoundRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Round = new Round { Title = "", AreaCode = "231025100", NominationDeadline = Date.From(suite.TodayNow.AddDays(-1)), NoticeDays = 3 },
        };
        await RpcAssert.InvalidFields(() => County.CreateRoundAsync(request).ResponseAsync, "round.title", "round.kind", "round.area_code", "round.nomination_deadline", "round.notice_days");
    }

    [Fact]
    public async Task Each_step_is_refused_to_those_whose_step_it_is_not()
    {
        var woman = await suite.RegisterAsync(name: "冯桂芝");
        var round = await RoundAsync();
        var n = await Village.NominateAsync(Nomination(round.Id, woman.Id));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Village.CreateRoundAsync(new CreateRoundRequest { RequestId = Guid.NewGuid().ToString("N"), Round = round }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Village.ReviewNominationAsync(new ReviewNominationRequest { Id = n.Id, Etag = n.Etag, Recommend = true, Reason = "自己审核" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Township.DecideNominationAsync(new DecideNominationRequest { Id = n.Id, Etag = n.Etag, Award = true }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Commendation(CommunitySuite.CountyLeader).GetRoundAsync(new GetRoundRequest { Id = round.Id }).ResponseAsync);
        // Another village's staff do not see the nomination; another county's officers do not see the round.
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Commendation(OtherVillageStaff).GetNominationAsync(new GetNominationRequest { Id = n.Id }).ResponseAsync);
        var otherCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.OtherCounty, "穆棱市妇联干部");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Commendation(otherCounty).GetRoundAsync(new GetRoundRequest { Id = round.Id }).ResponseAsync);
    }

    [Fact]
    public async Task With_the_Registry_down_a_nomination_is_unavailable_and_nothing_is_written()
    {
        var woman = await suite.RegisterAsync(name: "陈兰英");
        var round = await RoundAsync();
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Village.NominateAsync(Nomination(round.Id, woman.Id)).ResponseAsync);
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Empty((await County.ListNominationsAsync(new ListNominationsRequest { RoundId = round.Id, PageSize = 500 })).Nominations);
    }

    [Fact]
    public async Task The_command_line_carries_a_round_from_nomination_to_award_in_Chinese()
    {
        var woman = await suite.RegisterAsync(name: "杨春梅");
        var today = suite.TodayNow;
        await _cli.LoginAsync(CommunitySuite.FederationCounty);
        var round = IdAfter(await Run("community", "commendation", "round-add", "--title", "2026年度林口县最美家庭", "--county", SampleForms.County,
            "--deadline", today.AddDays(5).ToString("yyyy-MM-dd"), "--notice-days", "5"), "评选活动");
        Assert.Contains("2026年度林口县最美家庭", await Run("community", "commendation", "rounds"));

        await _cli.LoginAsync(CommunitySuite.FederationVillage);
        var nomination = IdAfter(await Run("community", "commendation", "nominate", "--round", round, "--woman", woman.Id.ToString(), "--reason", "勤劳致富，带动邻里"), "推荐");
        await _cli.LoginAsync(CommunitySuite.FederationTownship);
        Assert.Contains("已推荐", await Run("community", "commendation", "review", "--id", nomination, "--reason", "事迹属实"));
        Assert.Contains($"已发布公示：1 个推荐对象，{today:yyyy-MM-dd} 至 {today.AddDays(4):yyyy-MM-dd}",
            await Run("community", "commendation", "notice", "--round", round, "--area", SampleForms.Township, "--from", today.ToString("yyyy-MM-dd")));
        var objection = IdAfter(await Run("community", "commendation", "object", "--nomination", nomination, "--text", "有村民反映其家中有矛盾", "--by", "村民"), "异议");
        Assert.Contains("不成立", await Run("community", "commendation", "resolve", "--nomination", nomination, "--id", objection, "--resolution", "经核实不属实"));

        suite.Clock.Advance(TimeSpan.FromDays(5));
        await _cli.LoginAsync(CommunitySuite.FederationCounty);
        Assert.Contains($"已表彰", await Run("community", "commendation", "decide", "--id", nomination, "--note", "审定通过"));
        var list = await Run("community", "commendation", "nominations", "--round", round);
        Assert.Contains("杨春梅", list);
        Assert.Contains("已表彰 1", list);

        var (code, _, error) = await _cli.RunAsync("community", "commendation", "decide", "--id", nomination);
        Assert.Equal(2, code);
        Assert.Contains("未经公示", error);
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
