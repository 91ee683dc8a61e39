using static Suite.Employment.FunctionalTests.EmploymentSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Employment.FunctionalTests;

public sealed class JobTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    private Task<Placement> Place(Post post, long womanId) => suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest
    {
        RequestId = Guid.NewGuid().ToString("N"), PostId = post.Id, WomanId = womanId, StartDate = Today,
    }).ResponseAsync;

    [Fact]
    public async Task The_womens_federation_of_the_county_adds_mother_posts()
    {
        // 妈妈岗 and the women's workshops are the federation's work in the seeds: its county office adds them itself.
        var post = await suite.PostAsync(SampleForms.RuralVillage, pattern: WorkPattern.Flexible, mother: true, token: FederationCounty);
        Assert.True(post.MotherPost);
        Assert.Equal("林口镇妈妈岗示范点", post.DemonstrationSite);
    }

    [Fact]
    public async Task A_placement_takes_an_opening_at_the_posts_pay_and_ends_with_its_reason()
    {
        var post = await suite.PostAsync(SampleForms.RuralVillage, openings: 2);
        var placement = await Place(post, (await suite.RegisterAsync()).Id);
        Assert.Equal(3200, placement.MonthlyPayYuan);
        Assert.Equal(1, (await suite.Jobs().GetPostAsync(new GetPostRequest { Id = post.Id })).OpeningsLeft);
        placement = await suite.Jobs().EndPlacementAsync(new EndPlacementRequest { Id = placement.Id, Etag = placement.Etag, EndDate = Today, Reason = "返乡照顾老人" });
        Assert.Equal("返乡照顾老人", placement.EndReason);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Jobs().EndPlacementAsync(new EndPlacementRequest { Id = placement.Id, Etag = placement.Etag, EndDate = Today, Reason = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task The_placements_of_an_area_list_those_still_at_work_newest_first_and_not_another_countys()
    {
        var post = await suite.PostAsync(SampleForms.RuralVillage, openings: 3);
        var ended = await Place(post, (await suite.RegisterAsync()).Id);
        var working = await Place(post, (await suite.RegisterAsync()).Id);
        ended = await suite.Jobs().EndPlacementAsync(new EndPlacementRequest { Id = ended.Id, Etag = ended.Etag, EndDate = Today, Reason = "合同到期" });

        var current = (await suite.Jobs().ListPlacementsAsync(new ListPlacementsRequest { CurrentOnly = true, PageSize = 500 })).Placements;
        Assert.Contains(current, p => p.Id == working.Id);
        Assert.DoesNotContain(current, p => p.Id == ended.Id);
        var all = (await suite.Jobs().ListPlacementsAsync(new ListPlacementsRequest { PageSize = 500 })).Placements.Select(p => p.Id).ToList();
        Assert.True(all.IndexOf(working.Id) < all.IndexOf(ended.Id) && all.IndexOf(ended.Id) >= 0, "newest first, ended ones included");
        // Another county's officer: her placements are not in his list, and asking for her area is refused.
        var elsewhere = TestTokens.For("human-resources", "county-officer", SampleForms.OtherCounty, "邻县人社局干部");
        Assert.DoesNotContain((await suite.Jobs(elsewhere).ListPlacementsAsync(new ListPlacementsRequest { PageSize = 500 })).Placements, p => p.Id == working.Id);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs(elsewhere).GetPlacementAsync(new GetPlacementRequest { Id = working.Id }).ResponseAsync);
        Assert.Equal(working.WomanId, (await suite.Jobs().GetPlacementAsync(new GetPlacementRequest { Id = working.Id })).WomanId);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Jobs(elsewhere).ListPlacementsAsync(new ListPlacementsRequest { AreaCode = SampleForms.Township }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Jobs().ListPlacementsAsync(new ListPlacementsRequest { PageSize = -1 }).ResponseAsync, "page_size");
    }

    [Fact]
    public async Task Concurrent_placements_on_the_last_opening_leave_exactly_one_placed_and_none_below_zero()
    {
        var post = await suite.PostAsync(SampleForms.RuralVillage, openings: 1);
        var women = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => suite.RegisterAsync()));
        var outcomes = await Task.WhenAll(women.Select(async w =>
        {
            try
            {
                await Place(post, w.Id);
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));
        Assert.Single(outcomes, o => o == StatusCode.OK);
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.FailedPrecondition, o));
        Assert.Equal(0, (await suite.Jobs().GetPostAsync(new GetPostRequest { Id = post.Id })).OpeningsLeft);
    }

    [Fact]
    public async Task A_mother_post_is_flexible_or_home_based_at_a_demonstration_site_and_lists_as_one()
    {
        var post = await suite.PostAsync(SampleForms.Township, Trade.Handicrafts, pattern: WorkPattern.HomeBased, mother: true);
        Assert.True(post.MotherPost);
        Assert.Contains((await suite.Jobs().ListPostsAsync(new ListPostsRequest { MotherPostsOnly = true, OpenOnly = true })).Posts, p => p.Id == post.Id);
        var employer = post.EmployerId;
        await RpcAssert.InvalidFields(() => suite.Jobs().CreatePostAsync(new CreatePostRequest
        {
            RequestId = "bad-mother", Post = new Post { EmployerId = employer, Title = "t", Trade = Trade.Handicrafts, AreaCode = SampleForms.Township, MonthlyPayYuan = 1, Pattern = WorkPattern.FullTime, Openings = 1, MotherPost = true },
        }).ResponseAsync, "post.pattern", "post.demonstration_site");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().CreatePostAsync(new CreatePostRequest
        {
            RequestId = "no-employer", Post = new Post { EmployerId = 987654, Title = "t", Trade = Trade.Handicrafts, AreaCode = SampleForms.Township, MonthlyPayYuan = 1, Pattern = WorkPattern.FullTime, Openings = 1 },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Job_seekers_register_with_the_Registrys_village_and_bad_input_is_named()
    {
        var woman = await suite.RegisterAsync(SampleForms.OtherRuralVillage, "家政服务");
        var seeker = await suite.Jobs().RegisterJobSeekerAsync(new RegisterJobSeekerRequest { WomanId = woman.Id, Status = SeekerStatus.Unemployed, Wish = WorkPattern.Flexible, Skills = { "家政服务" }, MaxDistance = Distance.SameTownship });
        Assert.Equal((SampleForms.OtherRuralVillage, Distance.SameTownship), (seeker.VillageCode, seeker.MaxDistance));
        await RpcAssert.InvalidFields(() => suite.Jobs().RegisterJobSeekerAsync(new RegisterJobSeekerRequest { Skills = { "" } }).ResponseAsync, "woman_id", "status", "skills[0]");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest { RequestId = "p-x", PostId = 987654, WomanId = woman.Id, StartDate = Today }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest()).ResponseAsync, "request_id", "post_id", "woman_id", "start_date");
    }

    [Fact]
    public async Task Start_up_loans_and_subsidies_are_recorded_against_the_Registrys_woman()
    {
        var woman = await suite.RegisterAsync();
        var loan = await suite.Support().RecordStartupSupportAsync(new RecordStartupSupportRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Support = new StartupSupport { WomanId = woman.Id, Kind = SupportKind.GuaranteedLoan, AmountYuan = 150000, Date = Today, Bank = "林口县农村信用社", TermMonths = 24, SubsidisedRatePercent = 3.45, LoanStatus = LoanStatus.Granted, IncubationBase = "林口县巾帼创业孵化基地" },
        });
        Assert.Equal(woman.VillageCode, loan.VillageCode);
        await RpcAssert.InvalidFields(() => suite.Support().RecordStartupSupportAsync(new RecordStartupSupportRequest
        {
            RequestId = "s", Support = new StartupSupport { WomanId = woman.Id, Kind = SupportKind.GuaranteedLoan, AmountYuan = 1, Date = Today },
        }).ResponseAsync, "support.bank", "support.term_months", "support.loan_status");
        Assert.Contains((await suite.Support().ListStartupSupportAsync(new ListStartupSupportRequest())).Support, s => s.Id == loan.Id);
    }
}
