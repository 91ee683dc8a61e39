using Suite.Contracts.Common.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Community.FunctionalTests;

/// <summary>
/// Community's statistics of an area and period, counted from records made through the RPCs: the township's figures and
/// another township's zeros, small counselling counts withheld from who may not see sensitive things, refusals; the CLI.
/// </summary>
public sealed class StatisticsTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private const string OtherTownship = "231025101";

    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private static Date Day(int month, int day) => new() { Year = 2026, Month = month, Day = day };

    private CommunityStatisticsService.CommunityStatisticsServiceClient Statistics(string token) => new(suite.Community.ChannelFor(token));

    private Task<CommunityStatistics> FourthQuarterAsync(string token, string area) =>
        Statistics(token).GetCommunityStatisticsAsync(new GetCommunityStatisticsRequest { AreaCode = area, FromDate = Day(10, 1), ToDate = Day(12, 31) }).ResponseAsync;

    // xUnit makes an instance per test; the fixture (and so the records) is the class's.
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _recorded;

    /// <summary>The township's quarter, recorded once for the class: a place with an activity and its sheet, a group counselling session, volunteer hours, an election with a woman elected, a nomination.</summary>
    private async Task RecordAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_recorded)
            {
                return;
            }
            var attended = await suite.RegisterAsync(name: "王秀英");
            var counselled = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "李桂香");
            var elected = await suite.RegisterAsync(name: "韩丽娟");

            var place = await suite.PlaceAsync();
            var activities = new CommunityActivityService.CommunityActivityServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship));
            var activity = await activities.CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Activity = new Activity { PlaceId = place.Id, Kind = ActivityKind.AntiFraud, Date = Day(11, 20), Topic = "防范电信网络诈骗", Organiser = "林口镇妇联", Capacity = 80 },
            });
            using (var call = activities.ImportSignInSheet())
            {
                await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activity.Id, RowNumber = 1, WomanId = attended.Id, Name = "王秀英" });
                await call.RequestStream.CompleteAsync();
                Assert.Equal(1, (await call.ResponseAsync).Recorded);
            }
            activity = await activities.GetActivityAsync(new GetActivityRequest { Id = activity.Id });
            await activities.RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Etag = activity.Etag, Count = 12 });

            var point = await suite.PlaceAsync(PlaceKind.CounsellingPoint, name: "林口镇卫生院心理咨询室");
            var counselling = new CounsellingService.CounsellingServiceClient(suite.Community.ChannelFor(CommunitySuite.Counsellor));
            await new CounsellingService.CounsellingServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship)).AddCounsellorAsync(new AddCounsellorRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Counsellor = new Counsellor
                {
                    PointId = point.Id, Subject = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(CommunitySuite.Counsellor).Subject, Name = "赵敏", Qualification = "国家二级心理咨询师",
                },
            });
            await counselling.RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Group, PointId = point.Id, WomanIds = { attended.Id, counselled.Id }, OtherParticipants = 5,
                Date = Day(11, 21), Topic = CounsellingTopic.LonelinessStress, Notes = "小组分享", FollowUpDate = Day(12, 4),
            });

            var volunteers = new VolunteerService.VolunteerServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship));
            var team = await volunteers.CreateTeamAsync(new CreateTeamRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Team = new VolunteerTeam { Name = "林口镇巾帼志愿服务队", AreaCode = SampleForms.Township, LeaderName = "刘慧", Phone = "13904531234" },
            });
            var member = await volunteers.AddMemberAsync(new AddTeamMemberRequest { RequestId = Guid.NewGuid().ToString("N"), Member = new TeamMember { TeamId = team.Id, Name = "张丽" } });
            await volunteers.AddMemberAsync(new AddTeamMemberRequest { RequestId = Guid.NewGuid().ToString("N"), Member = new TeamMember { TeamId = team.Id, Name = "孙红" } });
            await volunteers.LogServiceHoursAsync(new LogServiceHoursRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Log = new ServiceHoursLog { TeamId = team.Id, MemberId = member.Id, Date = Day(11, 20), Hours = 2.5, Kind = VolunteerServiceKind.HomeVisit, WomenServed = { attended.Id } },
            });

            var village = suite.Participation(CommunitySuite.FederationVillage);
            var election = await village.RecordElectionAsync(new RecordElectionRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Election = new Election { VillageCode = SampleForms.RuralVillage, Body = VillageBody.VillagersCommittee, TermStartYear = 2026, Seats = 5, Electorate = 800, VotesCast = 720 },
            });
            var candidate = await village.AddCandidateAsync(new AddCandidateRequest { RequestId = Guid.NewGuid().ToString("N"), ElectionId = election.Id, WomanId = elected.Id, RecommendedBy = "妇联推荐" });
            await village.RecordResultAsync(new RecordResultRequest { CandidateId = candidate.Id, Etag = candidate.Etag, Votes = 512, Elected = true });

            var round = await suite.Commendation(CommunitySuite.FederationCounty).CreateRoundAsync(new CreateRoundRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Round = new Round
                {
                    Title = "2026年度林口县最美家庭", Kind = CommendationKind.MostBeautifulFamily, AreaCode = SampleForms.County,
                    NominationDeadline = Date.From(suite.TodayNow.AddDays(10)), NoticeDays = 7,
                },
            });
            await suite.Commendation(CommunitySuite.FederationVillage).NominateAsync(new NominateRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), RoundId = round.Id, WomanId = elected.Id, Reason = "孝老爱亲，照顾瘫痪婆婆十余年",
            });
            _recorded = true;
        }
        finally
        {
            Once.Release();
        }
    }

    [Fact]
    public async Task The_townships_quarter_is_counted_from_its_records_and_another_township_has_none()
    {
        await RecordAsync();
        var s = await FourthQuarterAsync(TestTokens.Admin, SampleForms.Township);

        Assert.Equal(SampleForms.Township, s.AreaCode);
        Assert.Equal([(PlaceKind.WomensHome, 1L), (PlaceKind.CounsellingPoint, 1L)], s.Places.Select(p => (p.Kind, p.Places)).OrderBy(p => p.Kind == PlaceKind.CounsellingPoint));
        Assert.Equal((1L, 1L, 13L, 1L), (s.PlacesWithActivities, s.Activities, s.ActivityPersonTimes, s.WomenReached));
        Assert.Equal((1L, 2L, 1L), (s.CounsellingSessions, s.WomenCounselled, s.CounsellingFollowUpsDue));
        Assert.Empty(s.Suppressed);
        Assert.Equal((1L, 2L, 1L, 2.5), (s.VolunteerTeams, s.Volunteers, s.VolunteersServing, s.VolunteerHours));
        Assert.Equal((1L, 0L), (s.Nominations, s.Awards));
        Assert.Equal((1L, 1L, 5L), (s.WomenCandidates, s.WomenElected, s.CommitteeSeats));

        // Before the follow-up's day, none is due; outside the period, nothing was held.
        var november = await Statistics(TestTokens.Admin).GetCommunityStatisticsAsync(new GetCommunityStatisticsRequest { AreaCode = SampleForms.Township, FromDate = Day(11, 1), ToDate = Day(11, 30) });
        Assert.Equal((1L, 0L), (november.CounsellingSessions, november.CounsellingFollowUpsDue));
        var september = await Statistics(TestTokens.Admin).GetCommunityStatisticsAsync(new GetCommunityStatisticsRequest { AreaCode = SampleForms.Township, FromDate = Day(9, 1), ToDate = Day(9, 30) });
        Assert.Equal((0L, 0L, 0L, 0.0, 0L), (september.Activities, september.WomenReached, september.CounsellingSessions, september.VolunteerHours, september.Nominations));
        Assert.Equal(1, september.WomenElected); // the election's term starts in the period's year

        var other = await FourthQuarterAsync(TestTokens.Admin, OtherTownship);
        Assert.Equal(OtherTownship, other.AreaCode);
        Assert.Empty(other.Places);
        Assert.Equal(new long[17], new[]
        {
            other.PlacesWithActivities, other.Activities, other.ActivityPersonTimes, other.WomenReached, other.CounsellingSessions, other.WomenCounselled,
            other.CounsellingFollowUpsDue, other.VolunteerTeams, other.Volunteers, other.VolunteersServing, other.ExecutivePairings, other.Organisations,
            other.Projects, other.Nominations, other.WomenCandidates, other.WomenElected, other.CommitteeSeats,
        });
        Assert.Equal(0, other.VolunteerHours);
    }

    [Fact]
    public async Task Small_counselling_counts_are_withheld_from_a_caller_without_sensitive_read_and_the_rest_shown()
    {
        await RecordAsync();
        var s = await FourthQuarterAsync(CommunitySuite.FederationCounty, SampleForms.Township);
        Assert.Equal(["counselling_sessions", "women_counselled", "counselling_follow_ups_due"], s.Suppressed);
        Assert.Equal((0L, 0L, 0L), (s.CounsellingSessions, s.WomenCounselled, s.CounsellingFollowUpsDue));
        Assert.Equal((1L, 1L, 1L), (s.Activities, s.WomenReached, s.WomenElected));

        // An empty area is the caller's whole area: the county.
        Assert.Equal(SampleForms.County, (await Statistics(CommunitySuite.FederationCounty).GetCommunityStatisticsAsync(new GetCommunityStatisticsRequest())).AreaCode);
    }

    [Fact]
    public async Task A_health_counsellor_may_not_read_them_another_county_is_not_the_callers_and_a_bad_period_is_named()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => FourthQuarterAsync(CommunitySuite.Counsellor, SampleForms.Township));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => FourthQuarterAsync(CommunitySuite.FederationCounty, SampleForms.OtherCounty));
        await RpcAssert.InvalidFields(() => Statistics(CommunitySuite.FederationCounty).GetCommunityStatisticsAsync(
            new GetCommunityStatisticsRequest { FromDate = Day(12, 31), ToDate = Day(10, 1) }).ResponseAsync, "to_date");
        await RpcAssert.InvalidFields(() => Statistics(CommunitySuite.FederationCounty).GetCommunityStatisticsAsync(
            new GetCommunityStatisticsRequest { FromDate = new Date { Year = 2026, Month = 2, Day = 30 } }).ResponseAsync, "from_date");
    }

    [Fact]
    public async Task The_command_line_shows_the_figures_in_Chinese_with_the_withheld_ones_marked()
    {
        await RecordAsync();
        await _cli.LoginAsync(CommunitySuite.FederationCounty);
        var (code, output, error) = await _cli.RunAsync("community", "stats", "--area", SampleForms.Township, "--from", "2026-10-01", "--to", "2026-12-31");
        Assert.True(code == 0, error);
        Assert.Contains("社区工作统计", output);
        Assert.Contains("妇女之家", output);
        Assert.Contains("开展活动场次", output);
        Assert.Contains("志愿服务时长（小时）", output);
        Assert.Contains("2.5", output);
        Assert.Contains("小数不公开", output);
        Assert.Contains("心理疏导的小数对无权查看敏感信息者不公开", output);

        await _cli.LoginAsync(CommunitySuite.Counsellor);
        var refused = await _cli.RunAsync("community", "stats", "--area", SampleForms.Township, "--from", "2026-10-01", "--to", "2026-12-31");
        Assert.NotEqual(0, refused.ExitCode);
    }

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(CommunitySuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _community = new(suite.Community.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "community.test" ? _community : _registry).SendAsync(request, cancellationToken);
    }
}
