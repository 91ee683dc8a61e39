namespace Suite.Registry.FunctionalTests.Security;

/// <summary>Other departments see a woman only with her consent to share, and her health only with the separate consent.</summary>
public sealed class ConsentTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly string WomensFederation = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");

    [Fact]
    public async Task Sharing_follows_her_consents()
    {
        var noConsent = SampleForms.Woman();
        noConsent.ConsentToShare = false;
        var withoutHealth = SampleForms.Woman();
        withoutHealth.Health = HealthStatus.Disabled;
        withoutHealth.DisabilityCategory = DisabilityCategory.Visual;
        withoutHealth.DisabilityGrade = 1;
        var full = SampleForms.Woman();
        full.Health = HealthStatus.SeriousIllness;
        full.ConsentToShareHealth = true;
        var a = await registry.Women.CreateWomanAsync(SampleForms.Create(noConsent));
        var b = await registry.Women.CreateWomanAsync(SampleForms.Create(withoutHealth));
        var c = await registry.Women.CreateWomanAsync(SampleForms.Create(full));
        var federation = registry.WomenAs(WomensFederation);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => federation.GetWomanAsync(new GetWomanRequest { Id = a.Id }).ResponseAsync);
        var list = await federation.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.RuralVillage }, PageSize = 500 });
        Assert.DoesNotContain(list.Women, w => w.Id == a.Id);

        var shared = await federation.GetWomanAsync(new GetWomanRequest { Id = b.Id });
        Assert.Equal((HealthStatus.Unspecified, 0, PriorityLevel.Priority), (shared.Health, shared.DisabilityGrade, shared.Priority));
        Assert.Empty(shared.PriorityReasons);

        Assert.Equal(HealthStatus.SeriousIllness, (await federation.GetWomanAsync(new GetWomanRequest { Id = c.Id })).Health);
        // Civil affairs, who keeps the ledger, sees everything.
        Assert.Equal(HealthStatus.Disabled, (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = b.Id })).Health);
    }
}
