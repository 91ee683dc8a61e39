using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Community.FunctionalTests;

/// <summary>Women in village self-government: committee elections, women candidates and their results, boards, and the county's view per village.</summary>
public sealed class ParticipationTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private static RecordElectionRequest Election(int term, int seats = 5, int electorate = 800, int cast = 720, string village = SampleForms.RuralVillage,
        VillageBody body = VillageBody.VillagersCommittee) =>
        new()
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Election = new Election { VillageCode = village, Body = body, TermStartYear = term, Seats = seats, Electorate = electorate, VotesCast = cast },
        };

    private static AddCandidateRequest Candidate(long election, long woman) =>
        new() { RequestId = Guid.NewGuid().ToString("N"), ElectionId = election, WomanId = woman, RecommendedBy = "妇联推荐" };

    [Fact]
    public async Task The_county_sees_per_village_the_women_who_stood_were_elected_and_serve_on_boards()
    {
        var elected = await suite.RegisterAsync(name: "韩丽娟");
        var stood = await suite.RegisterAsync(name: "曹秀梅");
        var member = await suite.RegisterAsync(name: "许凤英");
        var village = suite.Participation(CommunitySuite.FederationVillage);
        var election = await village.RecordElectionAsync(Election(2021, seats: 5));
        var first = await village.AddCandidateAsync(Candidate(election.Id, elected.Id));
        var second = await village.AddCandidateAsync(Candidate(election.Id, stood.Id));
        var result = await village.RecordResultAsync(new RecordResultRequest { CandidateId = first.Id, Etag = first.Etag, Votes = 512, Elected = true });
        Assert.True(result.Elected && result.HasResult);
        await village.RecordResultAsync(new RecordResultRequest { CandidateId = second.Id, Etag = second.Etag, Votes = 130, Elected = false });
        var board = await village.AddBoardMemberAsync(new AddBoardMemberRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), VillageCode = SampleForms.RuralVillage, Kind = BoardKind.AffairsSupervision, WomanId = member.Id, FromDate = Date.From(suite.TodayNow.AddDays(-30)),
        });

        var county = suite.Participation(CommunitySuite.FederationCounty);
        var view = await county.GetVillageParticipationAsync(new GetVillageParticipationRequest { AreaCode = SampleForms.County, TermStartYear = 2021, PageSize = 500 });
        var ours = view.Villages.Single(v => v.VillageCode == SampleForms.RuralVillage);
        var committee = ours.Bodies.Single(b => b.Body == VillageBody.VillagersCommittee);
        Assert.Equal(2, committee.WomenCandidates);
        Assert.Equal(1, committee.WomenElected);
        Assert.Equal(20.0, committee.WomenSharePercent);
        Assert.Equal([elected.Id], committee.ElectedWomanIds);
        Assert.True(ours.WomenOnBoards >= 1);
        Assert.Contains(ours.Boards, b => b.Kind == BoardKind.AffairsSupervision);

        var elections = await county.ListElectionsAsync(new ListElectionsRequest { AreaCode = SampleForms.Township, TermStartYear = 2021, PageSize = 500 });
        Assert.Equal(1, elections.Elections.Single(e => e.Id == election.Id).WomenElected);

        var before = ours.WomenOnBoards;
        var ended = await village.EndBoardMembershipAsync(new EndBoardMembershipRequest { Id = board.Id, Etag = board.Etag, UntilDate = Date.From(suite.TodayNow.AddDays(-1)) });
        Assert.NotNull(ended.UntilDate);
        var after = await county.GetVillageParticipationAsync(new GetVillageParticipationRequest { AreaCode = SampleForms.RuralVillage, TermStartYear = 2021 });
        Assert.Equal(before - 1, after.Villages.Single().WomenOnBoards);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => village.EndBoardMembershipAsync(new EndBoardMembershipRequest { Id = board.Id, Etag = ended.Etag, UntilDate = Date.From(suite.TodayNow) }).ResponseAsync);
    }

    [Fact]
    public async Task Votes_beyond_the_electorate_or_the_votes_cast_are_refused_by_field_and_the_elected_cannot_exceed_the_seats()
    {
        var township = suite.Participation();
        await RpcAssert.InvalidFields(() => township.RecordElectionAsync(Election(2022, electorate: 600, cast: 601)).ResponseAsync, "election.votes_cast");
        await RpcAssert.InvalidFields(() => township.RecordElectionAsync(new RecordElectionRequest { RequestId = "x", Election = new Election { VillageCode = "2310", TermStartYear = 1990 } }).ResponseAsync,
            "election.village_code", "election.body", "election.term_start_year", "election.seats", "election.electorate");
        Assert.Empty((await township.ListElectionsAsync(new ListElectionsRequest { TermStartYear = 2022, PageSize = 500 })).Elections);

        var election = await township.RecordElectionAsync(Election(2022, seats: 1, electorate: 600, cast: 500));
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => township.RecordElectionAsync(Election(2022)).ResponseAsync);
        var a = await township.AddCandidateAsync(Candidate(election.Id, (await suite.RegisterAsync(name: "谢春燕")).Id));
        var b = await township.AddCandidateAsync(Candidate(election.Id, (await suite.RegisterAsync(name: "罗美华")).Id));
        await RpcAssert.InvalidFields(() => township.RecordResultAsync(new RecordResultRequest { CandidateId = a.Id, Etag = a.Etag, Votes = 501, Elected = true }).ResponseAsync, "votes");
        await township.RecordResultAsync(new RecordResultRequest { CandidateId = a.Id, Etag = a.Etag, Votes = 300, Elected = true });
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => township.RecordResultAsync(new RecordResultRequest { CandidateId = b.Id, Etag = b.Etag, Votes = 200, Elected = true }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => township.AddCandidateAsync(Candidate(election.Id, a.WomanId)).ResponseAsync);
    }

    [Fact]
    public async Task A_candidate_or_board_member_of_another_village_is_refused_by_field()
    {
        var township = suite.Participation();
        var elsewhere = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "邓玉珍");
        var election = await township.RecordElectionAsync(Election(2023, body: VillageBody.PartyBranchCommittee));
        await RpcAssert.InvalidFields(() => township.AddCandidateAsync(Candidate(election.Id, elsewhere.Id)).ResponseAsync, "woman_id");
        await RpcAssert.InvalidFields(() => township.AddBoardMemberAsync(new AddBoardMemberRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), VillageCode = SampleForms.RuralVillage, Kind = BoardKind.VillagersCouncil, WomanId = elsewhere.Id, FromDate = Date.From(suite.TodayNow),
        }).ResponseAsync, "woman_id");
        await RpcAssert.InvalidFields(() => township.AddBoardMemberAsync(new AddBoardMemberRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), VillageCode = SampleForms.OtherRuralVillage, Kind = BoardKind.Other, WomanId = elsewhere.Id, FromDate = Date.From(suite.TodayNow.AddDays(1)),
        }).ResponseAsync, "board_name", "from_date");
        Assert.Empty((await township.GetElectionAsync(new GetElectionRequest { Id = election.Id })).Candidates);
    }

    [Fact]
    public async Task Recording_is_refused_outside_the_callers_village_and_to_those_without_the_permission()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Participation(CommunitySuite.FederationVillage).RecordElectionAsync(Election(2024, village: SampleForms.OtherRuralVillage)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Participation(CommunitySuite.CountyLeader).RecordElectionAsync(Election(2024)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Participation(CommunitySuite.Counsellor).GetVillageParticipationAsync(new GetVillageParticipationRequest()).ResponseAsync);
        var other = await suite.Participation().RecordElectionAsync(Election(2024, village: SampleForms.OtherRuralVillage));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Participation(CommunitySuite.FederationVillage).GetElectionAsync(new GetElectionRequest { Id = other.Id }).ResponseAsync);
    }

    [Fact]
    public async Task With_the_Registry_down_a_candidate_is_unavailable_and_nothing_is_written()
    {
        var woman = await suite.RegisterAsync(name: "彭丽华");
        var election = await suite.Participation().RecordElectionAsync(Election(2025));
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.Participation().AddCandidateAsync(Candidate(election.Id, woman.Id)).ResponseAsync);
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Empty((await suite.Participation().GetElectionAsync(new GetElectionRequest { Id = election.Id })).Candidates);
    }

    [Fact]
    public async Task The_command_line_records_an_election_its_women_and_a_board_and_shows_the_villages_in_Chinese()
    {
        var woman = await suite.RegisterAsync(name: "蒋淑华");
        var member = await suite.RegisterAsync(name: "沈桂英");
        await _cli.LoginAsync(CommunitySuite.FederationTownship);
        var election = IdAfter(await Run("community", "participation", "election-add", "--village", SampleForms.RuralVillage, "--body", "村党支部委员会", "--term", "2026",
            "--seats", "4", "--electorate", "650", "--votes-cast", "600"), "选举");
        var candidate = IdAfter(await Run("community", "participation", "candidate-add", "--election", election, "--woman", woman.Id.ToString()), "候选人");
        Assert.Contains("得票 420，当选", await Run("community", "participation", "result", "--election", election, "--candidate", candidate, "--votes", "420", "--elected"));
        Assert.Contains("村民议事会", await Run("community", "participation", "board-add", "--village", SampleForms.RuralVillage, "--board", "村民议事会", "--woman", member.Id.ToString(),
            "--from", suite.TodayNow.ToString("yyyy-MM-dd")));
        var villages = await Run("community", "participation", "villages", "--area", SampleForms.Township, "--term", "2026");
        Assert.Contains("村党支部委员会", villages);
        Assert.Contains("25%", villages);
        Assert.Contains("蒋淑华", villages);

        var (code, _, error) = await _cli.RunAsync("community", "participation", "election-add", "--village", SampleForms.RuralVillage, "--body", "村民委员会", "--term", "2026",
            "--seats", "4", "--electorate", "650", "--votes-cast", "700");
        Assert.Equal(2, code);
        Assert.Contains("不能超过登记选民数", error);
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
