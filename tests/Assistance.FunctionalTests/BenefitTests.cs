using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Assistance.FunctionalTests;

/// <summary>From an approved application to what it delivers: cash month by month, screenings, sessions.</summary>
public sealed class BenefitTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private static readonly string OfficerA = TestTokens.Issuer.Mint("benefit-a", "甲", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
    private static readonly string OfficerB = TestTokens.Issuer.Mint("benefit-b", "乙", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
    private static readonly Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    private BenefitService.BenefitServiceClient Benefits => new(suite.Assistance.ChannelFor(OfficerA));

    /// <summary>Registers a woman, applies, and takes the application to ACTIVE with two officers.</summary>
    private async Task<Application> ActiveApplication(string programme, Action<Woman> form)
    {
        var woman = SampleForms.Woman();
        form(woman);
        var registered = await suite.Women.CreateWomanAsync(SampleForms.Create(woman));
        var a = suite.ApplicationsAs(OfficerA);
        var b = suite.ApplicationsAs(OfficerB);
        var app = await a.CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString(), WomanId = registered.Id, ProgrammeCode = programme });
        app = await a.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.StartReview });
        app = await b.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Approve });
        return await a.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Activate });
    }

    [Fact]
    public async Task An_active_cash_programme_has_monthly_entitlements_that_are_paid_once()
    {
        var app = await ActiveApplication("minimum-living-allowance", w => w.EconomicStatus = EconomicStatus.MinimumAllowance);
        var benefits = (await Benefits.ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = app.Id })).Benefits;
        Assert.Equal(12, benefits.Count);
        Assert.Equal(("2026-11", "2027-10", 50000L), (benefits[0].Month, benefits[^1].Month, benefits[0].AmountFen));

        var paid = await Benefits.RecordPaymentAsync(new RecordPaymentRequest { BenefitId = benefits[0].Id, Etag = benefits[0].Etag, PaidOn = Today });
        Assert.Equal(Today, paid.PaidOn);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Benefits.RecordPaymentAsync(new RecordPaymentRequest { BenefitId = paid.Id, Etag = paid.Etag, PaidOn = Today }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Benefits.RecordPaymentAsync(new RecordPaymentRequest { BenefitId = benefits[1].Id, Etag = "9", PaidOn = Today }).ResponseAsync);
        await RpcAssert.InvalidFields(() => Benefits.RecordPaymentAsync(new RecordPaymentRequest { BenefitId = benefits[1].Id, Etag = benefits[1].Etag, PaidOn = new Date { Year = 2027, Month = 1, Day = 1 } }).ResponseAsync, "paid_on");

        var stats = await Benefits.GetAssistanceStatisticsAsync(new GetAssistanceStatisticsRequest { AreaCode = SampleForms.County });
        var november = stats.Disbursed.Single(m => m.Month == "2026-11");
        Assert.True(november.PaidFen >= 50000 && november.Payments >= 1);
        Assert.Contains(stats.Applications, s => s.ProgrammeCode == "minimum-living-allowance" && s.Status == ApplicationStatus.Active);
        Assert.Contains(stats.OpenByArea, a => a.AreaCode == SampleForms.Township && a.Count >= 1);
    }

    [Fact]
    public async Task A_screening_diagnosis_proposes_cancer_aid()
    {
        var app = await ActiveApplication("two-cancers-screening", w => w.ResidentIdNumber = TestIdentities.WithCheck("23102519800505124") /* 46 today: screening age */);
        var screening = await Benefits.RecordScreeningAsync(new RecordScreeningRequest
        {
            ApplicationId = app.Id, AppointmentDate = new Date { Year = 2026, Month = 12, Day = 1 }, Result = ScreeningResult.Diagnosed,
        });
        Assert.Equal(BenefitKind.Screening, screening.Kind);
        var referrals = await new Suite.Contracts.Common.V1.ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(OfficerA)).ListInboxAsync(new Suite.Contracts.Common.V1.ListReferralsRequest { Status = Suite.Contracts.Common.V1.ReferralStatus.Received, PageSize = 500 });
        Assert.Contains(referrals.Referrals, r => r.WomanId == app.WomanId && r.Needs.Contains(Suite.Contracts.Common.V1.ReferralNeed.CancerAid) && r.Text == "筛查结果需救助：需要两癌救助（紧急）");

        // The diagnosis is what cancer aid requires; a woman without one is not eligible.
        var aid = await suite.ApplicationsAs(OfficerA).CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString(), WomanId = app.WomanId, ProgrammeCode = "two-cancers-aid" });
        Assert.Contains(aid.Eligibility, r => r.Rule == "筛查确诊" && r.Passed);
        var other = await suite.Women.CreateWomanAsync(SampleForms.Create());
        var refused = await suite.ApplicationsAs(OfficerA).CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString(), WomanId = other.Id, ProgrammeCode = "two-cancers-aid" });
        Assert.Equal("筛查未记录确诊", refused.Eligibility.Single(r => r.Rule == "筛查确诊").Explanation);

        // A session belongs to a service programme, not to a screening.
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Benefits.RecordSessionAsync(new RecordSessionRequest { ApplicationId = app.Id, Date = Today, Note = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task Sessions_of_a_service_are_recorded()
    {
        var app = await ActiveApplication("psychological-counselling", _ => { });
        var session = await Benefits.RecordSessionAsync(new RecordSessionRequest { ApplicationId = app.Id, Date = Today, Note = "第一次心理疏导" });
        Assert.Equal(("第一次心理疏导", "benefit-a"), (session.Note, session.RecordedBy));
        Assert.Single((await Benefits.ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = app.Id })).Benefits);
        await RpcAssert.InvalidFields(() => Benefits.RecordSessionAsync(new RecordSessionRequest { ApplicationId = app.Id }).ResponseAsync, "date", "note");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Benefits.ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = 987654 }).ResponseAsync);
    }
}
