using Suite.Contracts.Common.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

public sealed class AwarenessAndStatisticsTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static readonly Date MarchEighth = new() { Year = 2026, Month = 3, Day = 8 };

    [Fact]
    public async Task An_awareness_event_is_recorded_once_and_listed_by_period()
    {
        var request = new RecordAwarenessEventRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Event = new AwarenessEvent { AreaCode = SampleForms.Township, Date = MarchEighth, Place = "林口镇文化广场", Organiser = "林口镇司法所", Laws = { Law.AntiDomesticViolence, Law.WomensRights }, Attendance = 180 },
        };
        var recorded = await suite.Awareness(JusticeTownship).RecordAwarenessEventAsync(request);
        Assert.Equal(recorded.Id, (await suite.Awareness(JusticeTownship).RecordAwarenessEventAsync(request)).Id);
        var march = await suite.Awareness(FederationVillage).ListAwarenessEventsAsync(new ListAwarenessEventsRequest
        {
            FromDate = new Date { Year = 2026, Month = 3, Day = 1 }, ToDate = new Date { Year = 2026, Month = 3, Day = 31 },
        });
        Assert.Empty(march.Events); // the village worker sees her village only; the event was in the township
        var township = await suite.Awareness(JusticeTownship).ListAwarenessEventsAsync(new ListAwarenessEventsRequest { FromDate = MarchEighth, ToDate = MarchEighth });
        Assert.Contains(township.Events, e => e.Id == recorded.Id);
        await RpcAssert.InvalidFields(() => suite.Awareness(JusticeTownship).RecordAwarenessEventAsync(new RecordAwarenessEventRequest { RequestId = "e", Event = new AwarenessEvent { Attendance = -1 } }).ResponseAsync,
            "event.area_code", "event.date", "event.place", "event.organiser", "event.laws", "event.attendance");
        await RpcAssert.InvalidFields(() => suite.Awareness(JusticeTownship).ListAwarenessEventsAsync(new ListAwarenessEventsRequest { FromDate = MarchEighth, ToDate = new Date { Year = 2026, Month = 3, Day = 1 } }).ResponseAsync, "to_date");
    }

    [Fact]
    public async Task Statistics_match_a_recount_of_what_was_recorded()
    {
        var officer = TestTokens.For("justice", "county-officer", "231085", "穆棱司法局"); // another county: its own numbers only
        var village = SampleForms.OtherCountyVillage;
        var women = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => suite.RegisterAsync(Suite.Contracts.Registry.V1.EconomicStatus.MinimumAllowance, village: village)));
        var kinds = new[] { MatterKind.DomesticViolence, MatterKind.MarriageFamily, MatterKind.MarriageFamily };
        var matters = new List<Matter>();
        for (var i = 0; i < 3; i++)
        {
            matters.Add(await suite.MatterAsync(women[i].Id, kinds[i], officer));
        }
        await suite.Matters(officer).SetRiskColourAsync(new SetRiskColourRequest { Id = matters[1].Id, Etag = matters[1].Etag, Colour = RiskColour.Red, Reason = "r" });
        var aid = await suite.Aid(officer).CreateLegalAidApplicationAsync(new CreateLegalAidApplicationRequest { RequestId = Guid.NewGuid().ToString("N"), WomanId = women[0].Id, Scope = AidScope.Consultation });
        await suite.Aid(officer).DecideLegalAidApplicationAsync(new DecideLegalAidApplicationRequest { Id = aid.Id, Etag = aid.Etag, Approve = true, Reason = "ok" });

        var stats = await suite.Awareness(officer).GetLegalAidStatisticsAsync(new GetLegalAidStatisticsRequest());
        Assert.Equal(("231085", 3L, 1L), (stats.AreaCode, stats.Matters, stats.SensitiveMatters));
        Assert.Equal([("MATTER_KIND_DOMESTIC_VIOLENCE", 1L), ("MATTER_KIND_MARRIAGE_FAMILY", 2L)], stats.MattersByKind.Select(k => (k.Key, k.Count)));
        Assert.Equal([("CHANNEL_HOTLINE_12338", 3L)], stats.MattersByChannel.Select(k => (k.Key, k.Count)));
        Assert.Contains(stats.OpenMattersByColour, k => k.Key == "RISK_COLOUR_RED" && k.Count == 1);
        Assert.Equal((1L, 1L, 1.0, 7), (stats.AidDecided, stats.AidApproved, stats.AidDecidedWithinTarget, stats.AidTargetDays));

        // Civil affairs reads the numbers, not the matters, and may not see sensitive ones: the domestic-violence matter is
        // counted apart, and one such matter is too few to show.
        var civil = await suite.Awareness(TestTokens.For("civil-affairs", "county-officer", "231085")).GetLegalAidStatisticsAsync(new GetLegalAidStatisticsRequest());
        Assert.Equal((2L, true, 0L), (civil.Matters, civil.SensitiveApart, civil.SensitiveMatters));
        Assert.Equal([("MATTER_KIND_MARRIAGE_FAMILY", 2L)], civil.MattersByKind.Select(k => (k.Key, k.Count)));
        Assert.Equal(["sensitive_matters"], civil.Suppressed);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Matters(TestTokens.For("civil-affairs", "county-officer", "231085")).ListMattersAsync(new ListMattersRequest()).ResponseAsync);
    }
}
