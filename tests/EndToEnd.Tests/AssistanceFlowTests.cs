using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Security;
using Suite.Security.Tokens;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>The Assistance issue's "done when", under the app host with the sample data.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AssistanceFlowTests(SuiteAppHost suite)
{
    [Fact]
    public async Task A_county_officer_closes_a_coverage_gap_with_a_second_officer_and_sees_the_benefit()
    {
        var officerA = suite.Token("civil-affairs", "county-officer");
        var officerB = new LocalTokenIssuer(LocalSecretsFile.Read(suite.DataDirectory)!.SigningKey)
            .Mint("local:second-officer", "第二位干部", "civil-affairs", "county-officer", "231025", TimeSpan.FromHours(1));
        var a = suite.Channel(ResourceNames.Assistance, officerA);

        // The sample survey reaches Assistance through the Registry's events.
        var coverage = new CoverageService.CoverageServiceClient(a);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        ListGapWomenResponse gap;
        while ((gap = await coverage.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = "231025", ProgrammeCode = "minimum-living-allowance" })).Women.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no coverage gap appeared");
            await Task.Delay(500);
        }
        var gaps = await coverage.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = "231025" });
        Assert.True(gaps.ActiveWomen > 0 && gaps.Programmes.Single(p => p.ProgrammeCode == "minimum-living-allowance").NotEnrolled > 0);

        var applications = new ApplicationService.ApplicationServiceClient(a);
        var app = await applications.CreateApplicationAsync(new CreateApplicationRequest
        {
            RequestId = "e2e-gap", WomanId = gap.Women[0].WomanId, ProgrammeCode = "minimum-living-allowance",
        });
        Assert.True(app.Eligible);
        app = await applications.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.StartReview });
        app = await new ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, officerB))
            .AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Approve });
        app = await applications.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Activate });

        var benefits = await new BenefitService.BenefitServiceClient(a).ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = app.Id });
        Assert.Equal(12, benefits.Benefits.Count);
        Assert.All(benefits.Benefits, x => Assert.Equal(BenefitKind.CashEntitlement, x.Kind));
        var after = await coverage.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = "231025", ProgrammeCode = "minimum-living-allowance", PageSize = 500 });
        Assert.DoesNotContain(after.Women, w => w.WomanId == app.WomanId);
    }
}
