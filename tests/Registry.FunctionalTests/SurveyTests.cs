namespace Suite.Registry.FunctionalTests;

/// <summary>Its own database, so the county's coverage counts are exact.</summary>
public sealed class SurveyTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task A_round_tracks_verified_women_and_what_is_left_per_village()
    {
        var a = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.RuralVillage, name: "甲")));
        var b = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherRuralVillage, name: "乙")));
        var elsewhere = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage)));

        var round = await registry.Survey.StartSurveyRoundAsync(new StartSurveyRoundRequest { CountyCode = SampleForms.County, Year = 2026, Quarter = 4, StartedBy = "县民政局" });
        var dup = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => registry.Survey.StartSurveyRoundAsync(new StartSurveyRoundRequest
        {
            CountyCode = SampleForms.County, Year = 2026, Quarter = 4, StartedBy = "x",
        }).ResponseAsync);
        Assert.Contains(round.Id.ToString(), dup.Status.Detail);
        Assert.Equal(round, await registry.Survey.GetSurveyRoundAsync(new GetSurveyRoundRequest { Id = round.Id }));

        var verification = await registry.Survey.VerifyWomanAsync(new VerifyWomanRequest { RoundId = round.Id, WomanId = a.Id, VerifiedBy = "李春华" });
        var twice = await registry.Survey.VerifyWomanAsync(new VerifyWomanRequest { RoundId = round.Id, WomanId = a.Id, VerifiedBy = "别人" });
        Assert.Equal(verification, twice);

        var coverage = await registry.Survey.GetSurveyCoverageAsync(new GetSurveyCoverageRequest { RoundId = round.Id });
        Assert.Equal((2L, 1L), (coverage.ActiveWomen, coverage.Verified));
        Assert.Equal([SampleForms.OtherRuralVillage], coverage.UnverifiedVillages);
        var village = coverage.Villages.Single(v => v.VillageCode == SampleForms.RuralVillage);
        Assert.Equal(("东升村", 1L, 1L), (village.VillageName, village.ActiveWomen, village.Verified));
        Assert.Equal(15, coverage.Villages.Count); // 3 townships × 5 villages in the sample county

        var unverified = await registry.Survey.ListUnverifiedWomenAsync(new ListUnverifiedWomenRequest { RoundId = round.Id });
        Assert.Equal([b.Id], unverified.Women.Select(w => w.WomanId));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => registry.Survey.VerifyWomanAsync(new VerifyWomanRequest
        {
            RoundId = round.Id, WomanId = elsewhere.Id, VerifiedBy = "x",
        }).ResponseAsync);
    }

    [Fact]
    public async Task Invalid_rounds_and_unknown_ids_are_refused()
    {
        await RpcAssert.InvalidFields(() => registry.Survey.StartSurveyRoundAsync(new StartSurveyRoundRequest
        {
            CountyCode = SampleForms.Township, Year = 1999, Quarter = 5,
        }).ResponseAsync, "county_code", "year", "quarter", "started_by");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Survey.GetSurveyRoundAsync(new GetSurveyRoundRequest { Id = 4242 }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Survey.GetSurveyCoverageAsync(new GetSurveyCoverageRequest { RoundId = 4242 }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Survey.ListUnverifiedWomenAsync(new ListUnverifiedWomenRequest { RoundId = 4242 }).ResponseAsync);
        var round = await registry.Survey.StartSurveyRoundAsync(new StartSurveyRoundRequest { CountyCode = SampleForms.OtherCounty, Year = 2026, Quarter = 3, StartedBy = "x" });
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Survey.VerifyWomanAsync(new VerifyWomanRequest { RoundId = round.Id, WomanId = 4242, VerifiedBy = "x" }).ResponseAsync);
        await RpcAssert.InvalidFields(() => registry.Survey.VerifyWomanAsync(new VerifyWomanRequest { RoundId = round.Id }).ResponseAsync, "woman_id", "verified_by");
    }
}
