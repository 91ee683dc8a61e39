using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.ServiceDefaults.Security;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>The Assistance issue's "done when", under the AppHost with the sample data.</summary>
public sealed class AssistanceFlowTests
{
    [Fact]
    public async Task A_county_officer_closes_a_coverage_gap_with_a_second_officer_and_sees_the_benefit()
    {
        await using var suite = RunningSuite.Start();
        var assistance = await suite.WaitForAsync(ResourceNames.Assistance, r => r is { State: "Running", Health: "Healthy" });
        var issuer = new LocalTokenIssuer(LocalSecretsFile.Read(suite.DataDirectory)!.SigningKey);
        var officerA = SuiteClient.Token(suite, "civil-affairs", "county-officer");
        var officerB = issuer.Mint("local:second-officer", "第二位干部", "civil-affairs", "county-officer", "231025", TimeSpan.FromHours(1));
        using var a = SuiteClient.Channel(assistance.Endpoint, officerA);
        using var b = SuiteClient.Channel(assistance.Endpoint, officerB);

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
        app = await new ApplicationService.ApplicationServiceClient(b).AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Approve });
        app = await applications.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Activate });

        var benefits = await new BenefitService.BenefitServiceClient(a).ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = app.Id });
        Assert.Equal(12, benefits.Benefits.Count);
        Assert.All(benefits.Benefits, x => Assert.Equal(BenefitKind.CashEntitlement, x.Kind));
        var after = await coverage.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = "231025", ProgrammeCode = "minimum-living-allowance", PageSize = 500 });
        Assert.DoesNotContain(after.Women, w => w.WomanId == app.WomanId);

        var exitCode = await suite.InterruptAsync();
        Assert.True(exitCode == 0, $"AppHost exited with {exitCode}");
    }
}
