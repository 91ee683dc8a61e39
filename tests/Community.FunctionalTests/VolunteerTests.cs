using Suite.Contracts.Common.V1;

namespace Suite.Community.FunctionalTests;

public sealed class VolunteerTests(CommunitySuite suite) : IClassFixture<CommunitySuite>
{
    private VolunteerService.VolunteerServiceClient Volunteers(string? token = null) => new(suite.Community.ChannelFor(token ?? CommunitySuite.FederationTownship));

    private static Date Day(int month, int day) => new() { Year = 2026, Month = month, Day = day };

    private async Task<VolunteerTeam> TeamAsync(string area = SampleForms.Township, string? token = null) =>
        await Volunteers(token).CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Team = new VolunteerTeam { Name = "林口镇巾帼志愿服务队", AreaCode = area, LeaderName = "刘慧", Phone = "13904531234" },
        });

    private async Task<TeamMember> MemberAsync(long teamId, long womanId = 0, string name = "张丽") =>
        await Volunteers().AddMemberAsync(new AddTeamMemberRequest { RequestId = Guid.NewGuid().ToString("N"), Member = new TeamMember { TeamId = teamId, Name = name, WomanId = womanId } });

    private static LogServiceHoursRequest Hours(long team, long member, double hours, Date? date = null, params long[] women) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Log = new ServiceHoursLog { TeamId = team, MemberId = member, Date = date ?? Day(11, 20), Hours = hours, Kind = VolunteerServiceKind.HomeVisit, WomenServed = { women } },
    };

    [Fact]
    public async Task A_team_logs_service_hours_and_its_total_shows()
    {
        var volunteer = await suite.RegisterAsync(name: "李春梅");
        var served = await suite.RegisterAsync(name: "赵桂芝");
        var team = await TeamAsync();
        var onLedger = await MemberAsync(team.Id, volunteer.Id, "李春梅");
        var other = await MemberAsync(team.Id);
        Assert.Equal(volunteer.Id, onLedger.WomanId);
        var members = await Volunteers().ListMembersAsync(new ListTeamMembersRequest { TeamId = team.Id, PageSize = 500 });
        Assert.Equal([onLedger.Id, other.Id], members.Members.Select(m => m.Id));

        var first = Hours(team.Id, onLedger.Id, 2.5, Day(11, 20), served.Id);
        var log = await Volunteers().LogServiceHoursAsync(first);
        Assert.Equal([served.Id], log.WomenServed);
        var again = await Volunteers().LogServiceHoursAsync(first);
        Assert.Equal(log.Id, again.Id);
        await Volunteers().LogServiceHoursAsync(Hours(team.Id, other.Id, 3, CommunitySuite.Today));

        var read = await Volunteers().GetTeamAsync(new GetTeamRequest { Id = team.Id });
        Assert.Equal(2, read.MemberCount);
        Assert.Equal(5.5, read.TotalHours);
        var teams = await Volunteers().ListTeamsAsync(new ListTeamsRequest { AreaCode = SampleForms.Township, PageSize = 500 });
        Assert.Contains(teams.Teams, t => t.Id == team.Id);
    }

    [Fact]
    public async Task Hours_above_24_in_the_future_or_not_in_halves_or_by_another_teams_member_are_refused_by_field_and_nothing_is_logged()
    {
        var team = await TeamAsync();
        var member = await MemberAsync(team.Id);
        var stranger = await MemberAsync((await TeamAsync()).Id);
        await RpcAssert.InvalidFields(() => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 24.5)).ResponseAsync, "log.hours");
        await RpcAssert.InvalidFields(() => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 1.25)).ResponseAsync, "log.hours");
        await RpcAssert.InvalidFields(() => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 2, Day(11, 23))).ResponseAsync, "log.date");
        await RpcAssert.InvalidFields(() => Volunteers().LogServiceHoursAsync(Hours(team.Id, stranger.Id, 2)).ResponseAsync, "log.member_id");
        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 30)).ResponseAsync);
        Assert.Contains("0.5 到 24", RpcAssert.LocalizedMessage(ex));
        Assert.Equal(0, (await Volunteers().GetTeamAsync(new GetTeamRequest { Id = team.Id })).TotalHours);
    }

    [Fact]
    public async Task An_executive_is_paired_with_a_woman_keeps_in_touch_and_the_pairing_ends_with_its_etag()
    {
        var woman = await suite.RegisterAsync(name: "孙秀兰");
        var request = new CreateExecutivePairingRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), ExecutiveName = "周红", ExecutivePosition = "县妇联执委、林口镇卫生院护士长", WomanId = woman.Id, StartDate = Day(11, 1),
        };
        var pairing = await Volunteers().CreateExecutivePairingAsync(request);
        Assert.Equal(pairing.Id, (await Volunteers().CreateExecutivePairingAsync(request)).Id);
        Assert.Equal(SampleForms.RuralVillage, pairing.VillageCode);
        var second = request.Clone();
        second.RequestId = Guid.NewGuid().ToString("N");
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Volunteers().CreateExecutivePairingAsync(second).ResponseAsync);

        await Volunteers().RecordPairingContactAsync(new RecordPairingContactRequest { RequestId = Guid.NewGuid().ToString("N"), PairingId = pairing.Id, Date = Day(11, 5), Form = PairingContactForm.Visit });
        var contacted = await Volunteers().RecordPairingContactAsync(new RecordPairingContactRequest { RequestId = Guid.NewGuid().ToString("N"), PairingId = pairing.Id, Date = Day(11, 18), Form = PairingContactForm.Phone });
        Assert.Equal(2, contacted.ContactCount);
        await RpcAssert.InvalidFields(() => Volunteers().RecordPairingContactAsync(new RecordPairingContactRequest { RequestId = Guid.NewGuid().ToString("N"), PairingId = pairing.Id, Date = Day(10, 1), Form = PairingContactForm.Phone }).ResponseAsync, "date");

        var listed = (await Volunteers().ListExecutivePairingsAsync(new ListExecutivePairingsRequest { AreaCode = SampleForms.Township, PageSize = 500 })).Pairings.Single(p => p.Id == pairing.Id);
        Assert.Equal(2, listed.ContactCount);
        Assert.Equal(Day(11, 18), listed.LastContactDate);

        var ended = await Volunteers().EndPairingAsync(new EndExecutivePairingRequest { Id = pairing.Id, Etag = listed.Etag });
        Assert.Equal(CommunitySuite.Today, ended.EndDate);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Volunteers().EndPairingAsync(new EndExecutivePairingRequest { Id = pairing.Id, Etag = listed.Etag }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Volunteers().RecordPairingContactAsync(new RecordPairingContactRequest { RequestId = Guid.NewGuid().ToString("N"), PairingId = pairing.Id, Date = CommunitySuite.Today, Form = PairingContactForm.Visit }).ResponseAsync);
        var running = await Volunteers().ListExecutivePairingsAsync(new ListExecutivePairingsRequest { PageSize = 500 });
        Assert.DoesNotContain(running.Pairings, p => p.Id == pairing.Id);
        Assert.Contains((await Volunteers().ListExecutivePairingsAsync(new ListExecutivePairingsRequest { IncludeEnded = true, PageSize = 500 })).Pairings, p => p.Id == pairing.Id);
    }

    [Fact]
    public async Task A_woman_or_a_team_outside_the_callers_area_is_not_found()
    {
        var elsewhere = await suite.RegisterAsync(SampleForms.OtherCountyVillage, name: "钱玉珍");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Volunteers().CreateExecutivePairingAsync(new CreateExecutivePairingRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), ExecutiveName = "周红", ExecutivePosition = "县妇联执委", WomanId = elsewhere.Id, StartDate = CommunitySuite.Today,
        }).ResponseAsync);
        var team = await TeamAsync();
        var member = await MemberAsync(team.Id);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 2, null, elsewhere.Id)).ResponseAsync);
        Assert.Equal(0, (await Volunteers().GetTeamAsync(new GetTeamRequest { Id = team.Id })).TotalHours);

        var otherTeam = await TeamAsync("231085100", TestTokens.Admin);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Volunteers().GetTeamAsync(new GetTeamRequest { Id = otherTeam.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => TeamAsync("231085100"));
    }

    [Fact]
    public async Task With_the_Registry_down_nothing_that_names_a_woman_is_written()
    {
        var woman = await suite.RegisterAsync(name: "吴凤英");
        var team = await TeamAsync();
        var member = await MemberAsync(team.Id);
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Volunteers().CreateExecutivePairingAsync(new CreateExecutivePairingRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), ExecutiveName = "周红", ExecutivePosition = "县妇联执委", WomanId = woman.Id, StartDate = CommunitySuite.Today,
            }).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Volunteers().LogServiceHoursAsync(Hours(team.Id, member.Id, 2, null, woman.Id)).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => MemberAsync(team.Id, woman.Id));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        var pairings = await Volunteers().ListExecutivePairingsAsync(new ListExecutivePairingsRequest { IncludeEnded = true, PageSize = 500 });
        Assert.DoesNotContain(pairings.Pairings, p => p.WomanId == woman.Id);
        var read = await Volunteers().GetTeamAsync(new GetTeamRequest { Id = team.Id });
        Assert.Equal((1, 0.0), (read.MemberCount, read.TotalHours));
    }

    [Fact]
    public async Task A_health_counsellor_has_no_volunteer_work_and_civil_affairs_reads_teams_without_recording_them()
    {
        var team = await TeamAsync();
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => TeamAsync(token: CommunitySuite.Counsellor));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Volunteers(CommunitySuite.Counsellor).GetTeamAsync(new GetTeamRequest { Id = team.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Volunteers(CommunitySuite.CountyLeader).ListTeamsAsync(new ListTeamsRequest()).ResponseAsync);
        Assert.Equal(team.Name, (await Volunteers(CommunitySuite.CivilAffairsCounty).GetTeamAsync(new GetTeamRequest { Id = team.Id })).Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => TeamAsync(token: CommunitySuite.CivilAffairsCounty));
    }
}
