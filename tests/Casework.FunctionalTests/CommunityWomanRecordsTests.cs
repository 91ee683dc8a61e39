using Suite.CaseFile;
using Suite.Contracts.Community.V1;
using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Her records in Community for the case file: the fact of a counselling session and its follow-up (never its notes or
/// topic), her open booking, her executive pairing, her volunteering, her family's nomination and her place in village
/// self-government; each kind only for a caller with the permission that reads it, nothing outside the caller's area.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class CommunityWomanRecordsTests(FiveServices suite) : IDisposable
{
    private const string Notes = "丈夫长期外出务工，曾遭家庭暴力，睡眠差。";

    private static readonly string Counsellor = TestTokens.For("health", "counsellor", SampleForms.Township, "林口镇卫生院心理咨询师", subject: "health/counsellor/records");
    private static readonly string OtherTownshipOfficer = TestTokens.For("womens-federation", "township-officer", "231025101", "莲花镇妇联主席");
    private static readonly string HealthCounty = TestTokens.For("health", "county-officer", SampleForms.County, "县卫健局干部");
    private static readonly string CivilAffairsTownship = TestTokens.For("civil-affairs", "township-officer", SampleForms.Township, "林口镇民政干部");

    private readonly CliRunner _cli = new(() => new ServiceRouter(suite), suite.Clock,
        "--registry", "http://registry.test", "--assistance", "http://assistance.test", "--legalaid", "http://legalaid.test",
        "--employment", "http://employment.test", "--familyeducation", "http://familyeducation.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private static Date Day(int month, int day) => new() { Year = 2026, Month = month, Day = day };

    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A woman of the sample village with a record of each kind in Community; the election is of the given term.</summary>
    private async Task<Woman> WithCommunityRecordsAsync(int term)
    {
        var woman = await suite.RegisterAsync();
        var federation = suite.Channel(ResourceNames.Community, FiveServices.FederationCounty);

        var point = await new PlaceService.PlaceServiceClient(federation).CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = NewId(), Place = new Place { Name = "林口镇卫生院心理咨询室", Kind = PlaceKind.CounsellingPoint, AreaCode = SampleForms.Township, Keeper = "赵敏" },
        });
        await new CounsellingService.CounsellingServiceClient(federation).AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = NewId(), Counsellor = new Counsellor { PointId = point.Id, Subject = "health/counsellor/records", Name = "赵敏" },
        });
        var counselling = new CounsellingService.CounsellingServiceClient(suite.Channel(ResourceNames.Community, Counsellor));
        await counselling.RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = NewId(), Kind = CounsellingSessionKind.Group, PointId = point.Id, WomanIds = { woman.Id }, OtherParticipants = 4, Date = Date.From(FiveServices.Today),
            Topic = CounsellingTopic.DomesticViolenceAftercare, Notes = Notes, FollowUpDate = Day(12, 6),
        });
        await counselling.BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = NewId(), PointId = point.Id, WomanId = woman.Id, Date = Day(11, 25), Source = CounsellingSource.Self,
        });

        var volunteers = new VolunteerService.VolunteerServiceClient(federation);
        var pairing = await volunteers.CreateExecutivePairingAsync(new CreateExecutivePairingRequest
        {
            RequestId = NewId(), ExecutiveName = "周红", ExecutivePosition = "县妇联执委", WomanId = woman.Id, StartDate = Day(11, 1),
        });
        foreach (var day in new[] { 5, 18 })
        {
            await volunteers.RecordPairingContactAsync(new RecordPairingContactRequest { RequestId = NewId(), PairingId = pairing.Id, Date = Day(11, day), Form = PairingContactForm.Visit });
        }
        var team = await volunteers.CreateTeamAsync(new CreateTeamRequest { RequestId = NewId(), Team = new VolunteerTeam { Name = "红星村巾帼志愿服务队", AreaCode = SampleForms.RuralVillage, LeaderName = "刘慧" } });
        await volunteers.AddMemberAsync(new AddTeamMemberRequest { RequestId = NewId(), Member = new TeamMember { TeamId = team.Id, Name = woman.Name, WomanId = woman.Id } });
        var helper = await volunteers.AddMemberAsync(new AddTeamMemberRequest { RequestId = NewId(), Member = new TeamMember { TeamId = team.Id, Name = "张丽" } });
        await volunteers.LogServiceHoursAsync(new LogServiceHoursRequest
        {
            RequestId = NewId(),
            Log = new ServiceHoursLog { TeamId = team.Id, MemberId = helper.Id, Date = Day(11, 20), Hours = 2, Kind = VolunteerServiceKind.HomeVisit, WomenServed = { woman.Id } },
        });

        var round = await new CommendationService.CommendationServiceClient(federation).CreateRoundAsync(new CreateRoundRequest
        {
            RequestId = NewId(),
            Round = new Round { Title = "2026年度林口县最美家庭", Kind = CommendationKind.MostBeautifulFamily, AreaCode = SampleForms.County, NominationDeadline = Day(12, 10), NoticeDays = 7 },
        });
        await new CommendationService.CommendationServiceClient(suite.Channel(ResourceNames.Community, FiveServices.FederationVillage)).NominateAsync(new NominateRequest
        {
            RequestId = NewId(), RoundId = round.Id, WomanId = woman.Id, Reason = "孝老爱亲，邻里和睦",
        });

        var participation = new ParticipationService.ParticipationServiceClient(federation);
        var election = await participation.RecordElectionAsync(new RecordElectionRequest
        {
            RequestId = NewId(),
            Election = new Election { VillageCode = SampleForms.RuralVillage, Body = VillageBody.VillagersCommittee, TermStartYear = term, Seats = 5, Electorate = 800, VotesCast = 720 },
        });
        var candidate = await participation.AddCandidateAsync(new AddCandidateRequest { RequestId = NewId(), ElectionId = election.Id, WomanId = woman.Id, RecommendedBy = "妇联推荐" });
        await participation.RecordResultAsync(new RecordResultRequest { CandidateId = candidate.Id, Etag = candidate.Etag, Votes = 512, Elected = true });
        await participation.AddBoardMemberAsync(new AddBoardMemberRequest
        {
            RequestId = NewId(), VillageCode = SampleForms.RuralVillage, Kind = BoardKind.VillagersCouncil, WomanId = woman.Id, FromDate = Day(3, 1),
        });
        return woman;
    }

    private async Task<List<WomanRecord>> RecordsAsync(string token, long womanId) =>
        [.. (await suite.Records(ResourceNames.Community, token).ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = womanId, PageSize = 500 })).Records];

    [Fact]
    public async Task Her_records_in_Community_show_the_fact_of_counselling_her_pairing_volunteering_nomination_and_village_roles()
    {
        var woman = await WithCommunityRecordsAsync(2026);
        var records = await RecordsAsync(FiveServices.FederationCounty, woman.Id);
        var summaries = records.ToDictionary(r => r.Kind, r => r.Summary);
        Assert.Equal("心理疏导（团体），回访 2026-12-06", summaries["counselling_session"]);
        Assert.Equal("已预约心理疏导 2026-11-25", summaries["counselling_booking"]);
        Assert.Equal("执委手拉手结对：周红，联系 2 次，最近 2026-11-18", summaries["executive_pairing"]);
        Assert.Equal("志愿服务队队员：红星村巾帼志愿服务队", summaries["volunteer"]);
        Assert.Equal("志愿服务 1 次，最近 2026-11-20", summaries["volunteer_service"]);
        Assert.Equal("最美家庭推荐：2026年度林口县最美家庭，待审核", summaries["nomination"]);
        Assert.Equal("村民委员会候选人（当选）2026届", summaries["candidate"]);
        Assert.Equal("村民议事会成员", summaries["board_member"]);
        Assert.All(records, r => Assert.Equal(SampleForms.RuralVillage, r.AreaCode));

        // Only the fact of the session: neither its notes nor its topic, in words or codes.
        var session = records.Single(r => r.Kind == "counselling_session");
        Assert.Equal("FOLLOW_UP_DUE", session.Status);
        Assert.All(records, r =>
        {
            Assert.DoesNotContain("家庭暴力", r.Summary);
            Assert.DoesNotContain("家暴", r.Summary);
            Assert.DoesNotContain("孝老爱亲", r.Summary);
            Assert.DoesNotContain("DOMESTIC", r.Status);
        });
    }

    [Fact]
    public async Task Another_townships_officer_sees_nothing_and_each_kind_needs_its_permission()
    {
        var woman = await WithCommunityRecordsAsync(2025);
        Assert.Empty(await RecordsAsync(OtherTownshipOfficer, woman.Id));
        Assert.Empty(await RecordsAsync(FiveServices.OtherCountyOfficer, woman.Id));

        // Health reads counselling only; civil affairs of the township reads village self-government, not counselling or volunteers.
        var health = (await RecordsAsync(HealthCounty, woman.Id)).Select(r => r.Kind).ToHashSet();
        Assert.Equal(new HashSet<string> { "counselling_session", "counselling_booking" }, health);
        var civil = (await RecordsAsync(CivilAffairsTownship, woman.Id)).Select(r => r.Kind).ToHashSet();
        Assert.Equal(new HashSet<string> { "candidate", "board_member" }, civil);
        var counsellor = (await RecordsAsync(Counsellor, woman.Id)).Select(r => r.Kind).ToHashSet();
        Assert.DoesNotContain("nomination", counsellor);
        Assert.DoesNotContain("executive_pairing", counsellor);
    }

    [Fact]
    public async Task Her_case_file_shows_the_Community_records_in_Chinese_and_no_topic_of_counselling()
    {
        var woman = await WithCommunityRecordsAsync(2024);
        var file = await new CaseFileReader(service => suite.Channel(service, FiveServices.FederationCounty).CreateCallInvoker(), () => []).ReadAsync(woman.Id, CancellationToken.None);
        var community = file.Sections.Single(s => s.Service == ResourceNames.Community);
        Assert.Equal(SectionState.Answered, community.State);
        Assert.Superset(new HashSet<string> { "counselling_session", "executive_pairing", "nomination", "candidate" }, community.Records.Select(r => r.Kind).ToHashSet());

        var (code, output, error) = await _cli.RunAsync("women", "case", woman.Id.ToString(), "--token", FiveServices.FederationCounty);
        Assert.True(code == 0, error);
        Assert.Contains("社区服务", output);
        Assert.Contains("执委手拉手", output);
        Assert.Contains("心理疏导（团体），回访 2026-12-06", output);
        Assert.DoesNotContain("家暴", output);
        Assert.DoesNotContain("counselling_session", output);
    }
}
