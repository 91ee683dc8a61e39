using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.FunctionalTests;

/// <summary>One application to a disability programme in a village names the woman: counted apart and withheld from a role without sensitive.read.</summary>
public sealed class SmallCellTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private const string Village = "231025102203"; // 和平村: no other test of this fixture uses it

    [Fact]
    public async Task A_village_with_one_disability_application_is_not_told_to_a_role_without_sensitive_read()
    {
        var form = SampleForms.Woman(Village);
        form.Health = HealthStatus.Disabled;
        form.DisabilityCategory = DisabilityCategory.Physical;
        form.DisabilityGrade = 1;
        form.ConsentToShareHealth = true;
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create(form));
        await suite.ApplicationsAs(TestTokens.CountyOfficer).CreateApplicationAsync(new CreateApplicationRequest
        {
            RequestId = Guid.NewGuid().ToString(), WomanId = woman.Id, ProgrammeCode = "disability-nursing-subsidy",
        });
        BenefitService.BenefitServiceClient Benefits(string token) => new(suite.Assistance.ChannelFor(token));

        var officer = await Benefits(TestTokens.CountyOfficer).GetAssistanceStatisticsAsync(new GetAssistanceStatisticsRequest { AreaCode = Village });
        var cell = Assert.Single(officer.Applications);
        Assert.Equal(("disability-nursing-subsidy", 0L), (cell.ProgrammeCode, cell.Count));
        Assert.Equal((0L, true), (officer.SensitiveApplications, officer.SensitiveApart));
        Assert.Empty(officer.OpenByArea); // the open application is counted apart: no total gives it back
        Assert.Equal(["applications[disability-nursing-subsidy/APPLICATION_STATUS_SUBMITTED]", "sensitive_applications"], officer.Suppressed);

        var admin = await Benefits(TestTokens.Admin).GetAssistanceStatisticsAsync(new GetAssistanceStatisticsRequest { AreaCode = Village });
        Assert.Equal((1L, 1L, false), (admin.Applications.Single().Count, admin.SensitiveApplications, admin.SensitiveApart));
        Assert.Equal([(Village, 1L)], admin.OpenByArea.Select(a => (a.AreaCode, a.Count)));
        Assert.Empty(admin.Suppressed);

        await RpcAssert.InvalidFields(() => Benefits(TestTokens.CountyOfficer).GetAssistanceStatisticsAsync(new GetAssistanceStatisticsRequest { AreaCode = "23102" }).ResponseAsync, "area_code");
    }
}
