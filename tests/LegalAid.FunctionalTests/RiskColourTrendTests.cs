using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>The three-colour board over time: each month's end as it stood then, read back from the matters' histories.</summary>
public sealed class RiskColourTrendTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private Task<Matter> Colour(Matter matter, RiskColour colour) =>
        suite.Matters(JusticeCounty).SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = colour, Reason = "评估" }).ResponseAsync;

    [Fact]
    public async Task Each_month_counts_the_open_matters_under_the_colour_they_had_then_and_sensitive_ones_apart()
    {
        // November: a family dispute turns yellow, a domestic-violence matter red.
        var family = await Colour(await suite.MatterAsync((await suite.RegisterAsync()).Id), RiskColour.Yellow);
        await Colour(await suite.MatterAsync((await suite.RegisterAsync()).Id, MatterKind.DomesticViolence), RiskColour.Red);
        // December: the dispute calms down to green; a new matter has no colour yet; one opened and closed in between is not counted.
        suite.Clock.Advance(TimeSpan.FromDays(20));
        await Colour(family, RiskColour.Green);
        await suite.MatterAsync((await suite.RegisterAsync()).Id);
        var closed = await suite.MatterAsync((await suite.RegisterAsync()).Id);
        await suite.Matters(JusticeCounty).AdvanceMatterAsync(new AdvanceMatterRequest { Id = closed.Id, Etag = closed.Etag, Action = MatterAction.Close, Reason = "来电咨询，已解答" });

        var trend = await suite.Awareness(JusticeCounty).GetRiskColourTrendAsync(new GetRiskColourTrendRequest { Months = 3 });
        Assert.False(trend.SensitiveApart);
        Assert.Equal(
            [("2026-10", 0L, 0L, 0L, 0L), ("2026-11", 1L, 1L, 0L, 0L), ("2026-12", 1L, 0L, 1L, 1L)],
            trend.Months.Select(m => (m.Month, m.Red, m.Yellow, m.Green, m.Unset)));

        // Civil affairs counts without the domestic-violence matter (it may not see it).
        var civil = await suite.Awareness(CivilAffairsCounty).GetRiskColourTrendAsync(new GetRiskColourTrendRequest { Months = 2 });
        Assert.True(civil.SensitiveApart);
        Assert.Equal([("2026-11", 0L, 1L), ("2026-12", 0L, 1L)], civil.Months.Select(m => (m.Month, m.Red, m.Green + m.Yellow)));

        await RpcAssert.InvalidFields(() => suite.Awareness(JusticeCounty).GetRiskColourTrendAsync(new GetRiskColourTrendRequest { Months = 25 }).ResponseAsync, "months");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Awareness(TestTokens.For("justice", "county-officer", "231085", "穆棱司法局"))
            .GetRiskColourTrendAsync(new GetRiskColourTrendRequest { AreaCode = SampleForms.County }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Awareness(FederationVillage).GetRiskColourTrendAsync(new GetRiskColourTrendRequest()).ResponseAsync);
    }
}
