using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Assistance.FunctionalTests;

/// <summary>Applications across two running services: the Registry's record decides eligibility.</summary>
public sealed class ApplicationTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private static readonly string OfficerA = TestTokens.Issuer.Mint("officer-a", "甲干部", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
    private static readonly string OfficerB = TestTokens.Issuer.Mint("officer-b", "乙干部", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));

    private static int _serial;

    /// <summary>A woman born on the given date (the ID number carries it).</summary>
    private async Task<Woman> RegisterBorn(DateOnly birth, Action<Woman>? change = null)
    {
        // A serial, not a random number: two women of one birth date must not draw the same ID number.
        var id = TestIdentities.WithCheck($"231025{birth:yyyyMMdd}{Interlocked.Increment(ref _serial) % 500 * 2:D3}");
        var form = SampleForms.Woman(idNumber: id);
        change?.Invoke(form);
        return await suite.Women.CreateWomanAsync(SampleForms.Create(form));
    }

    private Task<Application> Apply(Woman woman, string programme, string token) =>
        suite.ApplicationsAs(token).CreateApplicationAsync(new CreateApplicationRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, ProgrammeCode = programme,
        }).ResponseAsync;

    [Fact]
    public async Task Eligibility_is_evaluated_on_the_registry_record_with_the_reason_of_each_rule()
    {
        // Today is 2026-11-22: born 1991-11-22 she turned 35 today; born 1991-11-23 she is still 34.
        var thirtyFive = await RegisterBorn(new DateOnly(1991, 11, 22));
        var thirtyFour = await RegisterBorn(new DateOnly(1991, 11, 23));

        var yes = await Apply(thirtyFive, "two-cancers-screening", OfficerA);
        Assert.True(yes.Eligible);
        Assert.Equal(("年龄 35–64 岁", true, "她 35 岁"), (yes.Eligibility.Single().Rule, yes.Eligibility.Single().Passed, yes.Eligibility.Single().Explanation));
        Assert.Equal((thirtyFive.Name, thirtyFive.VillageCode, ApplicationStatus.Submitted, "officer-a"), (yes.WomanName, yes.VillageCode, yes.Status, yes.SubmittedBy));

        var no = await Apply(thirtyFour, "two-cancers-screening", OfficerA);
        Assert.False(no.Eligible);
        Assert.Equal("她 34 岁", no.Eligibility.Single().Explanation);
    }

    [Fact]
    public async Task Disability_grades_decide_the_nursing_subsidy()
    {
        async Task<bool> EligibleWithGrade(int grade)
        {
            var woman = await RegisterBorn(new DateOnly(1980, 1, 1), w =>
            {
                w.Health = HealthStatus.Disabled;
                w.DisabilityCategory = DisabilityCategory.Physical;
                w.DisabilityGrade = grade;
            });
            return (await Apply(woman, "disability-nursing-subsidy", OfficerA)).Eligible;
        }
        Assert.True(await EligibleWithGrade(1));
        Assert.True(await EligibleWithGrade(2));
        Assert.False(await EligibleWithGrade(3));
    }

    [Fact]
    public async Task A_retry_with_the_same_request_id_returns_the_first_application()
    {
        var woman = await RegisterBorn(new DateOnly(1985, 5, 5));
        var request = new CreateApplicationRequest { RequestId = "retry-" + Guid.NewGuid(), WomanId = woman.Id, ProgrammeCode = "mothers-health-express" };
        var first = await suite.ApplicationsAs(OfficerA).CreateApplicationAsync(request);
        var second = await suite.ApplicationsAs(OfficerA).CreateApplicationAsync(request);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task With_the_registry_down_the_call_is_unavailable_and_nothing_is_created()
    {
        var woman = await RegisterBorn(new DateOnly(1975, 3, 3));
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Apply(woman, "mothers-parcel", OfficerA));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        var list = await suite.ApplicationsAs(OfficerA).ListApplicationsAsync(new ListApplicationsRequest { ProgrammeCode = "mothers-parcel", PageSize = 500 });
        Assert.DoesNotContain(list.Applications, a => a.WomanId == woman.Id);
        Assert.True((await Apply(woman, "mothers-parcel", OfficerA)).Id > 0); // and works again once it is back
    }

    [Fact]
    public async Task The_registry_applies_the_callers_scope_and_bad_requests_are_refused()
    {
        var elsewhere = await suite.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage)));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Apply(elsewhere, "mothers-parcel", OfficerA));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Apply(new Woman { Id = 999999 }, "mothers-parcel", OfficerA));
        var woman = await RegisterBorn(new DateOnly(1980, 2, 2));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Apply(woman, "no-such-programme", OfficerA));
        await RpcAssert.InvalidFields(() => suite.ApplicationsAs(OfficerA).CreateApplicationAsync(new CreateApplicationRequest()).ResponseAsync,
            "request_id", "woman_id", "programme_code");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Apply(woman, "mothers-parcel", TestTokens.Auditor));
    }

    [Fact]
    public async Task The_workflow_records_every_step_and_the_submitter_may_not_decide()
    {
        var woman = await RegisterBorn(new DateOnly(1982, 8, 8), w => w.EconomicStatus = EconomicStatus.MinimumAllowance);
        var a = suite.ApplicationsAs(OfficerA);
        var b = suite.ApplicationsAs(OfficerB);
        var application = await Apply(woman, "minimum-living-allowance", OfficerA);
        Assert.True(application.Eligible);

        Task<Application> Step(ApplicationService.ApplicationServiceClient client, Application current, ApplicationAction action, string reason = "") =>
            client.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = current.Id, Etag = current.Etag, Action = action, Reason = reason }).ResponseAsync;

        application = await Step(a, application, ApplicationAction.StartReview);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Step(a, application, ApplicationAction.Approve));
        await RpcAssert.InvalidFields(() => Step(b, application, ApplicationAction.Reject), "reason");
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Step(b, application, ApplicationAction.Activate));
        application = await Step(b, application, ApplicationAction.Approve);
        application = await Step(a, application, ApplicationAction.Activate);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => b.AdvanceApplicationAsync(new AdvanceApplicationRequest
        {
            Id = application.Id, Etag = "1", Action = ApplicationAction.End, Reason = "x",
        }).ResponseAsync);
        application = await Step(b, application, ApplicationAction.End, "丈夫返乡，家庭收入恢复");

        Assert.Equal(ApplicationStatus.Ended, application.Status);
        Assert.Equal(
            [
                (ApplicationStatus.Unspecified, ApplicationStatus.Submitted, "officer-a"),
                (ApplicationStatus.Submitted, ApplicationStatus.UnderReview, "officer-a"),
                (ApplicationStatus.UnderReview, ApplicationStatus.Approved, "officer-b"),
                (ApplicationStatus.Approved, ApplicationStatus.Active, "officer-a"),
                (ApplicationStatus.Active, ApplicationStatus.Ended, "officer-b"),
            ],
            application.History.Select(h => (h.FromStatus, h.ToStatus, h.By)));
        Assert.Equal("丈夫返乡，家庭收入恢复", application.History[^1].Reason);

        var fromVillage = await suite.ApplicationsAs(TestTokens.VillageStaff).GetApplicationAsync(new GetApplicationRequest { Id = application.Id });
        Assert.Equal(application.Id, fromVillage.Id);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.ApplicationsAs(TestTokens.For("civil-affairs", "county-officer", SampleForms.OtherCounty))
            .GetApplicationAsync(new GetApplicationRequest { Id = application.Id }).ResponseAsync);
    }
}
