namespace Suite.Registry.FunctionalTests;

/// <summary>Needs that tell of a woman's health, counted for a village, are withheld when small from a role without sensitive.read.</summary>
public sealed class SmallCellTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task A_village_where_one_woman_needs_health_services_is_not_told_to_a_role_without_sensitive_read()
    {
        const string village = "231025102203"; // 和平村: no other test of this fixture uses it
        var form = SampleForms.Woman(village);
        form.Needs.Clear();
        form.Needs.Add(Need.Health);
        form.Needs.Add(Need.Training);
        await registry.Women.CreateWomanAsync(SampleForms.Create(form));

        var officer = await registry.WomenAs(TestTokens.CountyOfficer).GetStatisticsAsync(new GetStatisticsRequest { AreaCode = village });
        Assert.Equal([("NEED_TRAINING", 1L), ("NEED_HEALTH", 0L)], officer.ByNeed.Select(x => (x.Key, x.Count)));
        Assert.Equal(["by_need[NEED_HEALTH]"], officer.Suppressed);

        var admin = await registry.Women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = village });
        Assert.Equal([("NEED_TRAINING", 1L), ("NEED_HEALTH", 1L)], admin.ByNeed.Select(x => (x.Key, x.Count)));
        Assert.Empty(admin.Suppressed);
    }
}
