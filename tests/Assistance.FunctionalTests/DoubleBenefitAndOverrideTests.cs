using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.FunctionalTests;

/// <summary>No double benefits (one open application per woman and programme), and approvals of ineligible applications only as recorded overrides.</summary>
public sealed class DoubleBenefitAndOverrideTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private static readonly string OfficerA = TestTokens.Issuer.Mint("officer-a", "甲干部", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
    private static readonly string OfficerB = TestTokens.Issuer.Mint("officer-b", "乙干部", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));

    private async Task<Woman> RegisterAsync(EconomicStatus economic)
    {
        var form = SampleForms.Woman();
        form.EconomicStatus = economic;
        return await suite.Women.CreateWomanAsync(SampleForms.Create(form));
    }

    private Task<Application> ApplyAsync(long womanId, string programme = "minimum-living-allowance") =>
        suite.ApplicationsAs(OfficerA).CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString("N"), WomanId = womanId, ProgrammeCode = programme }).ResponseAsync;

    private Task<Application> StepAsync(string token, Application current, ApplicationAction action, string reason = "") =>
        suite.ApplicationsAs(token).AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = current.Id, Etag = current.Etag, Action = action, Reason = reason }).ResponseAsync;

    [Fact]
    public async Task A_second_application_for_the_same_programme_names_the_first_and_one_is_allowed_again_once_it_ended()
    {
        var woman = await RegisterAsync(EconomicStatus.MinimumAllowance);
        var first = await ApplyAsync(woman.Id);
        var refused = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => ApplyAsync(woman.Id));
        Assert.Contains($"Application {first.Id}", refused.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.True((await ApplyAsync(woman.Id, "temporary-assistance")).Id > 0); // another programme is another benefit

        var running = await StepAsync(OfficerB, await StepAsync(OfficerB, await StepAsync(OfficerA, first, ApplicationAction.StartReview), ApplicationAction.Approve), ApplicationAction.Activate);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => ApplyAsync(woman.Id));
        var benefits = await new BenefitService.BenefitServiceClient(suite.Assistance.ChannelFor(OfficerA)).ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = first.Id });
        Assert.NotEmpty(benefits.Benefits);

        await StepAsync(OfficerB, running, ApplicationAction.End, "丈夫返乡");
        Assert.True((await ApplyAsync(woman.Id)).Id > first.Id);
    }

    [Fact]
    public async Task Concurrent_applications_with_different_request_ids_create_exactly_one()
    {
        var woman = await RegisterAsync(EconomicStatus.MinimumAllowance);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                return (await ApplyAsync(woman.Id)).Id;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
            {
                return 0;
            }
        }));
        Assert.Single(attempts, id => id > 0);
        var listed = await suite.ApplicationsAs(OfficerA).ListApplicationsAsync(new ListApplicationsRequest { ProgrammeCode = "minimum-living-allowance", PageSize = 500 });
        Assert.Single(listed.Applications, a => a.WomanId == woman.Id);
        // The losing sides were answered ALREADY_EXISTS: a refusal, not a failure of the service.
        Assert.DoesNotContain(suite.Assistance.Log.Errors, e => e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) || e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_request_id_all_return_the_first_application()
    {
        var woman = await RegisterAsync(EconomicStatus.MinimumAllowance);
        var request = new CreateApplicationRequest { RequestId = "race-" + Guid.NewGuid().ToString("N"), WomanId = woman.Id, ProgrammeCode = "minimum-living-allowance" };
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => (await suite.ApplicationsAs(OfficerA).CreateApplicationAsync(request)).Id));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Approving_an_ineligible_application_needs_a_reason_and_is_recorded_counted_and_audited_as_an_override()
    {
        var woman = await RegisterAsync(EconomicStatus.Ordinary); // not on the minimum allowance: the rule fails
        var application = await StepAsync(OfficerA, await ApplyAsync(woman.Id), ApplicationAction.StartReview);
        Assert.False(application.Eligible);

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => StepAsync(OfficerB, application, ApplicationAction.Approve));
        Assert.Contains(application.Eligibility.First(r => !r.Passed).Rule, refused.Status.Detail);
        Assert.Equal(application.Etag, (await suite.ApplicationsAs(OfficerA).GetApplicationAsync(new GetApplicationRequest { Id = application.Id })).Etag);

        const string Reason = "丈夫因工伤失去劳动能力, 家庭收入骤降, 待低保认定期间先行救助";
        var approved = await StepAsync(OfficerB, application, ApplicationAction.Approve, Reason);
        Assert.True(approved.EligibilityOverridden);
        Assert.True(approved.History[^1].Override);
        Assert.Equal(Reason, approved.History[^1].Reason);

        var statistics = await new BenefitService.BenefitServiceClient(suite.Assistance.ChannelFor(OfficerA)).GetAssistanceStatisticsAsync(new GetAssistanceStatisticsRequest { AreaCode = SampleForms.County });
        Assert.True(statistics.OverriddenApprovals >= 1);

        var audit = new AuditService.AuditServiceClient(suite.Assistance.ChannelFor(TestTokens.Auditor));
        var records = await audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"application:{application.Id}" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/AdvanceApplication") && r.Subject == "officer-b" && r.Purpose == Reason && r.Outcome == "OK");
    }
}
