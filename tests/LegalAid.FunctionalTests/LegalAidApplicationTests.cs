using Suite.Contracts.Registry.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>The simplified review against the Registry's record, then decision, provider and outcome.</summary>
public sealed class LegalAidApplicationTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static CreateLegalAidApplicationRequest For(long womanId, string statement = "") => new()
    {
        RequestId = Guid.NewGuid().ToString("N"), WomanId = womanId, Scope = AidScope.Representation, HardshipStatement = statement,
    };

    [Theory]
    [InlineData(EconomicStatus.MinimumAllowance, HealthStatus.Healthy, MeansTestRule.ExemptMinimumAllowance)]
    [InlineData(EconomicStatus.ExtremePoverty, HealthStatus.Healthy, MeansTestRule.ExemptExtremePoverty)]
    [InlineData(EconomicStatus.LowIncome, HealthStatus.Healthy, MeansTestRule.ExemptLowIncome)]
    [InlineData(EconomicStatus.Ordinary, HealthStatus.Disabled, MeansTestRule.ExemptDisability)]
    [InlineData(EconomicStatus.MinimumAllowance, HealthStatus.Disabled, MeansTestRule.ExemptMinimumAllowance)]
    public async Task The_Registry_record_exempts_her_from_the_means_test_and_the_application_names_the_rule(EconomicStatus economic, HealthStatus health, MeansTestRule rule)
    {
        var woman = await suite.RegisterAsync(economic, health);
        var aid = await suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For(woman.Id));
        Assert.Equal((rule, AidStatus.Submitted, woman.VillageCode), (aid.MeansTest, aid.Status, aid.AreaCode));
        Assert.StartsWith("免于经济困难审查：", aid.MeansTestExplanation);
        Assert.Empty(aid.HardshipStatement);
    }

    [Theory]
    [InlineData(EconomicStatus.Ordinary, HealthStatus.ChronicIllness)]
    [InlineData(EconomicStatus.PovertyAlleviated, HealthStatus.Healthy)]
    [InlineData(EconomicStatus.Monitored, HealthStatus.SeriousIllness)]
    public async Task Anyone_else_needs_a_statement_of_financial_hardship(EconomicStatus economic, HealthStatus health)
    {
        var woman = await suite.RegisterAsync(economic, health);
        await RpcAssert.InvalidFields(() => suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For(woman.Id)).ResponseAsync, "hardship_statement");
        var aid = await suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For(woman.Id, "丈夫两年未寄生活费, 家中无其他收入。"));
        Assert.Equal(MeansTestRule.HardshipStatement, aid.MeansTest);
    }

    [Fact]
    public async Task A_disability_she_has_not_agreed_to_share_cannot_exempt_her()
    {
        var woman = await suite.RegisterAsync(EconomicStatus.Ordinary, HealthStatus.Disabled, shareHealth: false);
        await RpcAssert.InvalidFields(() => suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For(woman.Id)).ResponseAsync, "hardship_statement");
    }

    [Fact]
    public async Task A_decision_is_recorded_with_its_reason_and_days_then_a_provider_and_an_outcome()
    {
        var aid = await suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For((await suite.RegisterAsync(EconomicStatus.LowIncome)).Id));
        suite.Clock.Advance(TimeSpan.FromDays(2));
        var client = suite.Aid(JusticeCounty);
        aid = await client.DecideLegalAidApplicationAsync(new DecideLegalAidApplicationRequest { Id = aid.Id, Etag = aid.Etag, Approve = true, Reason = "符合法律援助条件" });
        Assert.Equal((AidStatus.Approved, 2, MeansTestRule.ExemptLowIncome), (aid.Status, aid.DaysToDecision, aid.MeansTest));
        aid = await client.AssignLegalAidProviderAsync(new AssignLegalAidProviderRequest { Id = aid.Id, Etag = aid.Etag, ProviderName = "王律师", ProviderKind = ProviderKind.Lawyer });
        aid = await client.RecordLegalAidOutcomeAsync(new RecordLegalAidOutcomeRequest { Id = aid.Id, Etag = aid.Etag, Outcome = "调解结案, 取得抚养费" });
        Assert.Equal((AidStatus.Closed, "王律师"), (aid.Status, aid.ProviderName));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => client.DecideLegalAidApplicationAsync(new DecideLegalAidApplicationRequest { Id = aid.Id, Etag = aid.Etag, Approve = false, Reason = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => client.RecordLegalAidOutcomeAsync(new RecordLegalAidOutcomeRequest { Id = aid.Id, Etag = "1", Outcome = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.GetLegalAidApplicationAsync(new GetLegalAidApplicationRequest { Id = 999999 }).ResponseAsync);
        Assert.Contains((await client.ListLegalAidApplicationsAsync(new ListLegalAidApplicationsRequest { Status = AidStatus.Closed })).Applications, a => a.Id == aid.Id);
    }

    [Fact]
    public async Task Only_a_county_justice_officer_decides_and_the_applicant_must_be_on_the_matter()
    {
        var woman = await suite.RegisterAsync(EconomicStatus.MinimumAllowance);
        var aid = await suite.Aid(FederationCounty).CreateLegalAidApplicationAsync(For(woman.Id));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Aid(FederationCounty)
            .DecideLegalAidApplicationAsync(new DecideLegalAidApplicationRequest { Id = aid.Id, Etag = aid.Etag, Approve = true, Reason = "x" }).ResponseAsync);

        var otherWoman = await suite.RegisterAsync();
        var matter = await suite.MatterAsync(otherWoman.Id);
        var request = For(woman.Id);
        request.MatterId = matter.Id;
        await RpcAssert.InvalidFields(() => suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(request).ResponseAsync, "matter_id");
        await RpcAssert.InvalidFields(() => suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(new CreateLegalAidApplicationRequest()).ResponseAsync, "request_id", "woman_id", "scope");
    }

    [Fact]
    public async Task With_the_Registry_down_no_application_is_created()
    {
        var woman = await suite.RegisterAsync(EconomicStatus.MinimumAllowance);
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.Aid(JusticeCounty).CreateLegalAidApplicationAsync(For(woman.Id)).ResponseAsync);
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.DoesNotContain((await suite.Aid(JusticeCounty).ListLegalAidApplicationsAsync(new ListLegalAidApplicationsRequest { PageSize = 200 })).Applications, a => a.WomanId == woman.Id);
    }
}
