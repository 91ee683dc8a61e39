namespace Suite.Registry.FunctionalTests;

/// <summary>Its own database (own fixture), so that the counts are exact.</summary>
public sealed class StatisticsTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Counts_by_area_status_priority_and_need()
    {
        var a = SampleForms.Woman(SampleForms.RuralVillage);
        a.Needs.Add(Need.Legal);
        var b = SampleForms.Woman(SampleForms.OtherRuralVillage);
        b.EconomicStatus = EconomicStatus.ExtremePoverty;
        var c = SampleForms.Woman("231025101201");
        var d = SampleForms.Woman(SampleForms.UrbanCommunity);
        var created = new List<Woman>();
        foreach (var w in new[] { a, b, c, d })
        {
            created.Add(await registry.Women.CreateWomanAsync(SampleForms.Create(w)));
        }
        await registry.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = created[2].Id, Etag = created[2].Etag, RecordedBy = "x",
            Exit = new ExitInfo { Reason = ExitReason.MovedToTown, EffectiveDate = new Date { Year = 2026, Month = 11, Day = 20 } },
        });

        var county = await registry.Women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = SampleForms.County });
        Assert.Equal(4, county.Total);
        Assert.Equal(2, county.LeftBehind); // a and b; c exited, d urban.
        Assert.Equal([("231025100", 3L)], county.ByArea.Select(x => (x.Key, x.Count)));
        Assert.Equal([("LEDGER_STATUS_ACTIVE", 3L), ("LEDGER_STATUS_EXITED", 1L)], county.ByStatus.Select(x => (x.Key, x.Count)));
        Assert.Equal([("PRIORITY_LEVEL_PRIORITY", 1L), ("PRIORITY_LEVEL_ROUTINE", 2L)], county.ByPriority.Select(x => (x.Key, x.Count)));
        Assert.Equal([("NEED_TRAINING", 3L), ("NEED_LEGAL", 1L)], county.ByNeed.Select(x => (x.Key, x.Count)).OrderByDescending(x => x.Item2));

        var township = await registry.Women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = SampleForms.Township });
        Assert.Equal([(SampleForms.UrbanCommunity, 1L), (SampleForms.RuralVillage, 1L), (SampleForms.OtherRuralVillage, 1L)], township.ByArea.Select(x => (x.Key, x.Count)));

        await RpcAssert.InvalidFields(() => registry.Women.GetStatisticsAsync(new GetStatisticsRequest { AreaCode = "2310" + "2" }).ResponseAsync, "area_code");
    }
}
